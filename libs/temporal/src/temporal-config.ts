/** The one place the API and the worker read Temporal settings, so they cannot disagree. */
export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
}

export const TaskQueue = { Kinship: 'kinship' } as const;

export function temporalConfig(env: NodeJS.ProcessEnv = process.env): TemporalConfig {
  return {
    address: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    namespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: env.TEMPORAL_TASK_QUEUE ?? TaskQueue.Kinship,
  };
}
