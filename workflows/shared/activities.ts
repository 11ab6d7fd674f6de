import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { WorkerActivities } from '../../activities/activity-registry';
import { PermanentFailure } from '../../libs/domain/src/shared/permanent-failures';

/**
 * Activities as the workflows see them, grouped by retry profile. Every activity is idempotent, so
 * retrying for as long as the database or mail server is down is safe; the intervals are capped so
 * a recovered server is used within minutes. What no retry mends (a refused message, data
 * PostgreSQL will not take) is not retried: the process runtime makes it visible on the case.
 * Retry policies only apply to activities scheduled from now on, so this changes no replay.
 */
export const records = proxyActivities<WorkerActivities>({
  startToCloseTimeout: '30 seconds',
  // Activities heartbeat every second: a dead worker's step is retried within seconds.
  heartbeatTimeout: '5 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: ['RuleRefused', PermanentFailure.DataRejected],
  },
});

export const mail = proxyActivities<WorkerActivities>({
  startToCloseTimeout: '1 minute',
  heartbeatTimeout: '5 seconds',
  retry: {
    initialInterval: '2 seconds',
    maximumInterval: '5 minutes',
    nonRetryableErrorTypes: [PermanentFailure.MailRejected],
  },
});

/**
 * The projection into the read model, run as a local activity: it completes inside the workflow
 * task that made the change, so an update's answer waits for one database write, not a task-queue
 * round trip. Its result is recorded in history like any activity's; a worker that dies mid-write
 * loses the workflow task and the next worker writes it again (the projection is idempotent by seq).
 */
export const projection = proxyLocalActivities<WorkerActivities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: ['RuleRefused', PermanentFailure.DataRejected],
  },
});
