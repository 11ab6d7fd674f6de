import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { CASE_READERS } from '../auth/role-groups';
import type { Caller } from '../auth/auth.types';
import { NotificationsService } from './notifications.service';

export class ListNotificationsQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() processId?: string;
}

/** What the service has sent, from the notifications it recorded. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Roles(...CASE_READERS)
  @Get()
  list(@Query() query: ListNotificationsQuery, @CurrentCaller() caller: Caller) {
    return this.notifications.list(caller, query.processId);
  }
}
