import { activityInfo, heartbeat } from '@temporalio/activity';
import type { AllowancePaymentsActivities } from './allowance/allowance-payments.activities';
import type { AsgsfActivities } from './asgsf/asgsf.activities';
import type { ConnectionsActivities } from './lifelong-links/connections.activities';
import type { CareRecordsActivities } from './care-records/care-records.activities';
import type { LetterActivities } from './letters/letter.activities';
import type { NotificationActivities } from './notifications/notification.activities';
import type { ProcessRegistryActivities } from './process-registry/process-registry.activities';
import type { ProjectionActivities } from './projection/projection.activities';
import { permanentFailureOf } from './permanent-failures';

export interface ActivityProviders {
  projection: ProjectionActivities;
  notifications: NotificationActivities;
  careRecords: CareRecordsActivities;
  letters: LetterActivities;
  payments: AllowancePaymentsActivities;
  registry: ProcessRegistryActivities;
  asgsf: AsgsfActivities;
  connections: ConnectionsActivities;
}

/**
 * Every activity the worker registers, named explicitly (no decorator discovery). Workflows derive
 * their activity types from this, so the two cannot drift.
 */
export const createActivities = ({
  projection,
  notifications,
  careRecords,
  letters,
  payments,
  registry,
  asgsf,
  connections,
}: ActivityProviders) => ({
  projectProcess: heartbeating(projection.projectProcess.bind(projection)),
  sendNotification: heartbeating(notifications.sendNotification.bind(notifications)),
  closeCareEpisode: heartbeating(careRecords.closeCareEpisode.bind(careRecords)),
  recordSgoHandOff: heartbeating(careRecords.recordSgoHandOff.bind(careRecords)),
  sendLetter: heartbeating(letters.sendLetter.bind(letters)),
  recordPaymentChange: heartbeating(payments.recordPaymentChange.bind(payments)),
  registerProcess: heartbeating(registry.registerProcess.bind(registry)),
  loadAsgsfQuoteContext: heartbeating(asgsf.loadQuoteContext.bind(asgsf)),
  recordAsgsfCommitment: heartbeating(asgsf.recordCommitment.bind(asgsf)),
  recordAsgsfClaim: heartbeating(asgsf.recordClaim.bind(asgsf)),
  recordAsgsfApplication: heartbeating(asgsf.recordApplication.bind(asgsf)),
  recordSafetyDecision: heartbeating(connections.recordSafetyDecision.bind(connections)),
  recordContactOutcome: heartbeating(connections.recordContactOutcome.bind(connections)),
});

/**
 * Heartbeats while an activity runs, so a worker that dies mid-activity is noticed within the
 * heartbeat timeout (seconds) rather than the start-to-close timeout, and the step is retried soon.
 * An error no retry can mend (permanent-failures.ts) leaves as a non-retryable failure.
 */
function heartbeating<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    // A local activity (the projection) runs inside a workflow task and has no heartbeat of its own.
    const timer = runsLocally() ? undefined : setInterval(() => heartbeat(), HEARTBEAT_EVERY_MS);
    try {
      return await run(...args);
    } catch (err) {
      throw permanentFailureOf(err) ?? err;
    } finally {
      clearInterval(timer);
    }
  };
}
const HEARTBEAT_EVERY_MS = 1_000;

/** Whether this call is a local activity; outside any activity (a unit test) there is nothing to heartbeat to either. */
function runsLocally(): boolean {
  try {
    return activityInfo().isLocal;
  } catch {
    return true;
  }
}

export type WorkerActivities = ReturnType<typeof createActivities>;
