import { Module } from '@nestjs/common';
import { MailConfig } from '../libs/config/src';
import { AllowancePaymentsActivities } from './allowance/allowance-payments.activities';
import { AsgsfActivities } from './asgsf/asgsf.activities';
import { ConnectionsActivities } from './lifelong-links/connections.activities';
import { CareRecordsActivities } from './care-records/care-records.activities';
import { LetterActivities } from './letters/letter.activities';
import { ProcessRegistryActivities } from './process-registry/process-registry.activities';
import { NotificationActivities, WEB_BASE_URL } from './notifications/notification.activities';
import { createMailTransport } from './notifications/mail-transport';
import { MAIL_TRANSPORT, OUTBOX_SENDERS, OutboxDispatcher } from './notifications/outbox-dispatcher';
import { ProjectionActivities } from './projection/projection.activities';

/**
 * The activity providers and the outbox dispatcher that sends what the notify activity queues; the
 * DataSource and MailConfig come from the importing module (WorkerModule).
 */
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
    OutboxDispatcher,
    {
      provide: MAIL_TRANSPORT,
      inject: [MailConfig],
      // One pooled SMTP session per sender.
      useFactory: (mail: MailConfig) => createMailTransport(mail.smtpUrl, OUTBOX_SENDERS),
    },
    { provide: WEB_BASE_URL, inject: [MailConfig], useFactory: (mail: MailConfig) => mail.webBaseUrl },
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
    OutboxDispatcher,
  ],
})
export class ActivitiesModule {}
