import { DefaultLogger, type LogEntry, type LogLevel } from '@temporalio/worker';

/**
 * The Temporal SDK's logger (worker, workflow `log` through its sink, activity logs) writing one
 * JSON object per line, like the Nest logger of the same process: level, timestamp (ms), message
 * and the SDK's attributes (workflowId, runId, activityType…, and requestId from our interceptors).
 */
export function jsonRuntimeLogger(level: LogLevel): DefaultLogger {
  return new DefaultLogger(level, (entry: LogEntry) => {
    const line = {
      level: entry.level.toLowerCase(),
      pid: process.pid,
      timestamp: Number(entry.timestampNanos / 1_000_000n),
      message: entry.message,
      context: 'Temporal',
      ...entry.meta,
    };
    process.stdout.write(`${JSON.stringify(line, jsonSafe)}\n`);
  });
}

/** Errors as name, message and stack (JSON.stringify drops them); bigints as strings. */
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}
