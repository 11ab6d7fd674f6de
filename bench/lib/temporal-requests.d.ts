// Types for temporal-requests.js (plain CommonJS, run by `npm run bench` without a build).
/** Requests counted since `start()`, by "<service> <operation>", with `total` and `database total`. */
export interface RequestMeter {
  start(): Promise<() => Promise<Record<string, number>>>;
}
export const NO_REQUESTS: RequestMeter;
export function parseRequestCounts(text: string): Record<string, number>;
export function temporalRequestMeter(
  metricsUrl: string | null | undefined,
  options?: { settleMs?: number },
): RequestMeter;
export function differingRequests(
  service: Record<string, number>,
  serviceOps: number,
  baseline: Record<string, number>,
  baselineOps: number,
  minDifference?: number,
): string[];
