import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/error-body';
import { NotificationList } from './dto/notification.responses';
import { IsOptional, IsUUID } from 'class-validator';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { CASE_READERS } from '../auth/role-groups';
import type { Caller } from '../auth/auth.types';
import { NotificationsService } from './notifications.service';

export class ListNotificationsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'only what this process sent' })
  @IsOptional()
  @IsUUID()
  processId?: string;
}

/** What the service has sent, from the notifications it recorded. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Roles(...CASE_READERS)
  @Get()
  @ApiOperation({ summary: 'Emails the service has sent (or is sending), oldest first' })
  @ApiOkResponse({ type: NotificationList })
  @ApiErrors(404)
  list(@Query() query: ListNotificationsQuery, @CurrentCaller() caller: Caller) {
    return this.notifications.list(caller, query.processId);
  }
}
