// Types for stats.js (plain CommonJS, run by `npm run bench` without a build).
export interface Summary {
  count: number;
  perSecond: number;
  p50: number;
  p99: number;
}
export interface Row {
  scenario: string;
  measure: string;
  unit?: string;
  service: number;
  baseline: number;
  baselineIs: string;
  target?: { of: 'ratio' | 'service'; min?: number; max?: number };
}
export function percentile(values: number[], p: number): number;
export function summarize(latenciesMs: number[], wallMs: number): Summary;
export function ratio(service: number, baseline: number): number;
export function formatNumber(value: number): string;
export function formatRatio(value: number): string;
export function formatTable(rows: Row[]): string;
export function verdict(row: Row): string;
