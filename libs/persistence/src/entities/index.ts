import { AuditEventEntity } from './audit-event.entity';
import { CarerEntity } from './carer.entity';
import { ChildEntity } from './child.entity';
import { EpisodeCeasedEntity } from './episode-ceased.entity';
import { NotificationEntity } from './notification.entity';
import { ProcessEntity } from './process.entity';
import { StaffEntity } from './staff.entity';
import { TaskEntity } from './task.entity';

export {
  AuditEventEntity,
  CarerEntity,
  ChildEntity,
  EpisodeCeasedEntity,
  NotificationEntity,
  ProcessEntity,
  StaffEntity,
  TaskEntity,
};
export const ENTITIES = [
  AuditEventEntity,
  CarerEntity,
  ChildEntity,
  EpisodeCeasedEntity,
  NotificationEntity,
  ProcessEntity,
  StaffEntity,
  TaskEntity,
];
