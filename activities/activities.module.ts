import { Module } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { CareRecordsActivities } from './care-records/care-records.activities';
import { MAIL_FROM, MAIL_TRANSPORT, NotificationActivities } from './notifications/notification.activities';
import { ProjectionActivities } from './projection/projection.activities';

/** The activity providers; the DataSource comes from the importing module's TypeORM setup. */
@Module({
  providers: [
    ProjectionActivities,
    NotificationActivities,
    CareRecordsActivities,
    { provide: MAIL_TRANSPORT, useFactory: () => createTransport(process.env.SMTP_URL ?? 'smtp://127.0.0.1:1025') },
    { provide: MAIL_FROM, useFactory: () => process.env.MAIL_FROM ?? 'Kinship workflows <kinship@council.example>' },
  ],
  exports: [ProjectionActivities, NotificationActivities, CareRecordsActivities],
})
export class ActivitiesModule {}
