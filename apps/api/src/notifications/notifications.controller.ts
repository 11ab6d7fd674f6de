import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { NotificationEntity } from '../../../../libs/persistence/src';

export class ListNotificationsQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() processId?: string;
}

/** What the service has sent, from the notifications it recorded. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@Query() query: ListNotificationsQuery) {
    const rows = await this.dataSource.getRepository(NotificationEntity).find({
      where: query.processId ? { processId: query.processId } : {},
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
