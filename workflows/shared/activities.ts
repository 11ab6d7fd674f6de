import { proxyActivities } from '@temporalio/workflow';
import type { WorkerActivities } from '../../activities/activity-registry';

/**
 * Activities as the workflows see them, grouped by retry profile. Every activity is idempotent, so
 * retrying for as long as the database or mail server is down is safe.
 */
export const records = proxyActivities<WorkerActivities>({
  startToCloseTimeout: '30 seconds',
  // Activities heartbeat every second: a dead worker's step is retried within seconds.
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['RuleRefused'] },
});

export const mail = proxyActivities<WorkerActivities>({
  startToCloseTimeout: '1 minute',
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '5 minutes' },
});
