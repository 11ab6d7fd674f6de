// Types for scripts/lib/cluster.js, for the cluster test (TypeScript) and any other TS caller.
interface ProcessHandle {
  name: string;
  exitInfo: { code: number | null; signal: string | null } | null;
  exited: Promise<{ code: number | null; signal: string | null }>;
  stop(opts?: { signal?: NodeJS.Signals; timeoutMs?: number }): Promise<unknown>;
}

export interface ClusterMember {
  name: string;
  logFile: string;
  readyUrl: string;
  handle: ProcessHandle;
  /** Starts it (again), on the same ports, and resolves once it answers ready. */
  start(): Promise<void>;
  stop(): Promise<unknown>;
}

export interface Cluster {
  apis: (ClusterMember & { url: string; metricsUrl: string })[];
  workers: (ClusterMember & { healthUrl: string })[];
  temporal: { address: string; metricsUrl: string; configFile: string };
  pg: { url: string; migrationUrl: string; port: number };
  smtp: { url: string; mailDir: string };
  env: Record<string, string>;
  dataDir: string;
  stop(): Promise<void>;
}

export function startCluster(options: {
  dataDir: string;
  apiCount?: number;
  workerCount?: number;
  persistent?: boolean;
  env?: Record<string, string>;
  log?: (line: string) => void;
}): Promise<Cluster>;
