import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotificationEntity, ProcessEntity } from '../../../../libs/persistence/src';
import type { Caller } from '../auth/auth.types';
import { visibleWhere } from '../common/caseload';

/** What the service has sent, from the notifications the worker recorded: the caller's caseload only. */
@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  async list(caller: Caller, processId?: string) {
    const [visible, params] = visibleWhere('p.child_id', caller);
    if (processId) {
      // A process outside the caseload answers 404, as GET /processes/:id does.
      const seen = await this.notifications.manager
        .createQueryBuilder(ProcessEntity, 'p')
        .where('p.id = :processId', { processId })
        .andWhere(visible, params)
        .getExists();
      if (!seen) throw new NotFoundException(`No process ${processId}`);
    }
    // A notification without a process (none today) belongs to no caseload: only auditors and admins see it.
    const qb = this.notifications
      .createQueryBuilder('n')
      .leftJoin(ProcessEntity, 'p', 'p.id = n.process_id')
      .where(
        `(CASE WHEN n.process_id IS NULL THEN CAST(:caseloadRoles AS text[]) && ARRAY['auditor','admin']::text[] ELSE ${visible} END)`,
        params,
      );
    if (processId) qb.andWhere('n.process_id = :processId', { processId });
    const rows = await qb.orderBy('n.created_at', 'ASC').limit(1000).getMany();
    const items = rows.map((n) => ({
      id: n.id,
      processId: n.processId,
      to: n.to,
      subject: n.subject,
      kind: n.kind,
      sentAt: n.sentAt?.toISOString() ?? null,
    }));
    return { items, total: items.length };
  }
}
