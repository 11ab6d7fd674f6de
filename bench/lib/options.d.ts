// Types for options.js (plain CommonJS, run by `npm run bench` without a build).
export interface BenchOptions {
  scale: number;
  starts: number;
  completions: number;
  completionConcurrency: number;
  reads: number;
  reviews: number;
  storm: number;
  reviewConcurrency: number;
  scaleOut: boolean;
  concurrency: number[];
  skipBuild: boolean;
  /** Which Temporal server the stack runs: the CLI's dev server (SQLite) or the production server (PostgreSQL). */
  temporalServer: 'dev' | 'production';
}
export const DEFAULTS: { STARTS: number; COMPLETIONS: number; READS: number; REVIEWS: number; STORM: number };
export function benchOptions(argv?: string[], env?: Record<string, string | undefined>): BenchOptions;
/** The results file's name for a run on `day` (YYYY-MM-DD): never one `exists` says is taken. */
export function resultsFileName(day: string, options: BenchOptions, exists: (name: string) => boolean): string;
