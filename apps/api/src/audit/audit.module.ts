import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessLogEntity, ChildAuditEventEntity, ProcessEntity } from '../../../../libs/persistence/src';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AccessLogService } from './access-log.service';
import { ChildAuditService } from './child-audit.service';

/** The access log (every read of a child's data, by one interceptor) and the children's audit events. */
@Module({
  imports: [TypeOrmModule.forFeature([AccessLogEntity, ChildAuditEventEntity, ProcessEntity])],
  providers: [AccessLogService, ChildAuditService, { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor }],
  exports: [AccessLogService, ChildAuditService],
})
export class AuditModule {}
