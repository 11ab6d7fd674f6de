import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { AuditModule } from './audit.module';
import { ChildAuditController } from './child-audit.controller';
import { SubjectAccessService } from './subject-access.service';

/** GET /children/:id/access-log and GET /children/:id/record. */
@Module({
  imports: [AuditModule, ChildrenModule],
  controllers: [ChildAuditController],
  providers: [SubjectAccessService],
})
export class SubjectAccessModule {}
