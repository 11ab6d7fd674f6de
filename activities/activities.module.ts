import { Module } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { AllowancePaymentsActivities } from './allowance/allowance-payments.activities';
import { AsgsfActivities } from './asgsf/asgsf.activities';
import { ConnectionsActivities } from './lifelong-links/connections.activities';
import { CareRecordsActivities } from './care-records/care-records.activities';
import { LetterActivities } from './letters/letter.activities';
import { ProcessRegistryActivities } from './process-registry/process-registry.activities';
import { MAIL_FROM, MAIL_TRANSPORT, NotificationActivities } from './notifications/notification.activities';
import { ProjectionActivities } from './projection/projection.activities';

/** The activity providers; the DataSource comes from the importing module's TypeORM setup. */
@Module({
  providers: [
    ProjectionActivities,
    NotificationActivities,
    CareRecordsActivities,
    LetterActivities,
    AllowancePaymentsActivities,
    ProcessRegistryActivities,
    AsgsfActivities,
    ConnectionsActivities,
    { provide: MAIL_TRANSPORT, useFactory: () => createTransport(process.env.SMTP_URL ?? 'smtp://127.0.0.1:1025') },
    { provide: MAIL_FROM, useFactory: () => process.env.MAIL_FROM ?? 'Kinship workflows <kinship@council.example>' },
  ],
  exports: [
    ProjectionActivities,
    NotificationActivities,
    CareRecordsActivities,
    LetterActivities,
    AllowancePaymentsActivities,
    ProcessRegistryActivities,
    AsgsfActivities,
    ConnectionsActivities,
  ],
})
export class ActivitiesModule {}
