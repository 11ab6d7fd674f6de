import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { ChildAuditEventEntity } from '../../../../libs/persistence/src';
import type { Caller } from '../auth/auth.types';
import type { ChildChanges } from './child-changes';

export type ChildAuditKind =
  | 'child-created'
  | 'child-imported'
  | 'child-updated-by-import'
  | 'team-changed'
  | 'restriction-changed'
  | 'worker-allocated';

/** Audit events of a child's own record (the processes' events are in audit_events). */
@Injectable()
export class ChildAuditService {
  constructor(@InjectRepository(ChildAuditEventEntity) private readonly events: Repository<ChildAuditEventEntity>) {}

  /** Written in the caller's transaction (`db`), so the change and its audit event commit together. */
  async record(db: EntityManager, childId: string, kind: ChildAuditKind, caller: Caller, changes: ChildChanges) {
    const event = db.create(ChildAuditEventEntity, {
      childId,
      kind,
      actorSub: caller.sub,
      actorName: caller.name ?? caller.sub,
      actorRoles: [...caller.roles],
      changes,
    });
    await db.save(ChildAuditEventEntity, event);
  }

  async forChild(childId: string) {
    const rows = await this.events.find({ where: { childId }, order: { at: 'ASC', id: 'ASC' } });
    return rows.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      actor: { sub: e.actorSub, name: e.actorName, roles: e.actorRoles },
      changes: e.changes,
    }));
  }
}
