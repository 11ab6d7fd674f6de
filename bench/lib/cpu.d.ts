// Types for cpu.js (plain CommonJS, run by `npm run bench` without a build).
export type CpuMember = number | { pid: number; withChildren?: boolean };
export function cpuMsOf(pid: number, options?: { withChildren?: boolean }): number;
/** Each group's CPU ms since `start()`; `{}` where /proc cannot be read. */
export function cpuMeter<G extends string>(
  groups: Record<G, CpuMember[]>,
): { start(): () => Partial<Record<G, number>> };
export const NO_CPU: { start(): () => Record<string, never> };
/** Waits until the metered processes together spend at most quietMsPerSecond; answers the ms waited. */
export function untilQuiet(
  cpu: { start(): () => Partial<Record<string, number>> },
  options?: { quietMsPerSecond?: number; sampleMs?: number; maxMs?: number },
): Promise<number>;
export function postmasterPid(dataDir: string): number;
