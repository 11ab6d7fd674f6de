import type { CareRecordsActivities } from './care-records/care-records.activities';
import type { NotificationActivities } from './notifications/notification.activities';
import type { ProjectionActivities } from './projection/projection.activities';

/**
 * Every activity the worker registers, named explicitly (no decorator discovery). Workflows derive
 * their activity types from this, so the two cannot drift.
 */
export const createActivities = (
  projection: ProjectionActivities,
  notifications: NotificationActivities,
  careRecords: CareRecordsActivities,
) => ({
  projectProcess: projection.projectProcess.bind(projection),
  sendNotification: notifications.sendNotification.bind(notifications),
  closeCareEpisode: careRecords.closeCareEpisode.bind(careRecords),
  recordSgoHandOff: careRecords.recordSgoHandOff.bind(careRecords),
});

export type WorkerActivities = ReturnType<typeof createActivities>;
