import { Module } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { MailConfig } from '../libs/config/src';
import { AllowancePaymentsActivities } from './allowance/allowance-payments.activities';
import { AsgsfActivities } from './asgsf/asgsf.activities';
import { ConnectionsActivities } from './lifelong-links/connections.activities';
import { CareRecordsActivities } from './care-records/care-records.activities';
import { LetterActivities } from './letters/letter.activities';
import { ProcessRegistryActivities } from './process-registry/process-registry.activities';
import { MAIL_FROM, MAIL_TRANSPORT, NotificationActivities } from './notifications/notification.activities';
import { ProjectionActivities } from './projection/projection.activities';

/** The activity providers; the DataSource and MailConfig come from the importing module (WorkerModule). */
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
    { provide: MAIL_TRANSPORT, inject: [MailConfig], useFactory: (mail: MailConfig) => createTransport(mail.smtpUrl) },
    { provide: MAIL_FROM, inject: [MailConfig], useFactory: (mail: MailConfig) => mail.from },
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
