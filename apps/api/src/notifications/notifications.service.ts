import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotificationEntity } from '../../../../libs/persistence/src';

/** What the service has sent, from the notifications the worker recorded. */
@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  async list(processId?: string) {
    const rows = await this.notifications.find({
      where: processId ? { processId } : {},
      order: { createdAt: 'ASC' },
      take: 1000,
    });
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
