import { AccessLogEntity } from './access-log.entity';
import { AllowancePaymentEntity } from './allowance-payment.entity';
import { AsgsfClaimEntity } from './asgsf-claim.entity';
import { AsgsfCommitmentEntity } from './asgsf-commitment.entity';
import { AsgsfProviderEntity } from './asgsf-provider.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CarerEntity } from './carer.entity';
import { ChildAuditEventEntity } from './child-audit-event.entity';
import { ChildEntity } from './child.entity';
import { ConnectionEntity } from './connection.entity';
import { DocumentEntity } from './document.entity';
import { EpisodeCeasedEntity } from './episode-ceased.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { NotificationEntity } from './notification.entity';
import { PersonToFindEntity } from './person-to-find.entity';
import { ProcessEntity } from './process.entity';
import { ProcessTextEntity } from './process-text.entity';
import { StaffEntity } from './staff.entity';
import { TaskEntity } from './task.entity';

export {
  AccessLogEntity,
  AllowancePaymentEntity,
  AsgsfClaimEntity,
  AsgsfCommitmentEntity,
  AsgsfProviderEntity,
  AuditEventEntity,
  CarerEntity,
  ChildAuditEventEntity,
  ChildEntity,
  ConnectionEntity,
  DocumentEntity,
  EpisodeCeasedEntity,
  IdempotencyKeyEntity,
  NotificationEntity,
  PersonToFindEntity,
  ProcessEntity,
  ProcessTextEntity,
  StaffEntity,
  TaskEntity,
};

/** One entity per table the migrations create (19). */
export const ENTITIES = [
  AccessLogEntity,
  AllowancePaymentEntity,
  AsgsfClaimEntity,
  AsgsfCommitmentEntity,
  AsgsfProviderEntity,
  AuditEventEntity,
  CarerEntity,
  ChildAuditEventEntity,
  ChildEntity,
  ConnectionEntity,
  DocumentEntity,
  EpisodeCeasedEntity,
  IdempotencyKeyEntity,
  NotificationEntity,
  PersonToFindEntity,
  ProcessEntity,
  ProcessTextEntity,
  StaffEntity,
  TaskEntity,
];
export type { FieldChange } from './child-audit-event.entity';
