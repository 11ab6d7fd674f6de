// Types for cpu.js (plain CommonJS, run by `npm run bench` without a build).
export type CpuMember = number | { pid: number; withChildren?: boolean };
export function cpuMsOf(pid: number, options?: { withChildren?: boolean }): number;
export function cpuAccountingAvailable(): boolean;
export function cpuMeter<G extends string>(groups: Record<G, CpuMember[]>): { start(): () => Record<G, number> };
export function postmasterPid(dataDir: string): number;
