import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AuditEventEntity,
  ChildEntity,
  DocumentEntity,
  ProcessEntity,
  StaffEntity,
  TaskEntity,
} from '../../../../libs/persistence/src';
import { AuditModule } from '../audit/audit.module';
import { PolicyModule } from '../policy/policy.module';
import { StaffDirectory } from '../auth/staff-directory.service';
import { ProcessStarters } from './process-starters';
import { ProcessTexts } from './process-texts.service';
import { ProcessWorkflowsService } from './process-workflows.service';
import { ProcessesController } from './processes.controller';
import { ProcessesService } from './processes.service';

/**
 * Processes: starting them (rules and facts per type), their read model (state, timeline,
 * documents) and people's updates, sent through ProcessWorkflowsService, the API's only door to Temporal.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProcessEntity, TaskEntity, AuditEventEntity, DocumentEntity, ChildEntity, StaffEntity]),
    PolicyModule,
    AuditModule,
  ],
  controllers: [ProcessesController],
  providers: [ProcessesService, ProcessStarters, ProcessWorkflowsService, ProcessTexts, StaffDirectory],
  exports: [ProcessesService, ProcessWorkflowsService, ProcessTexts, StaffDirectory],
})
export class ProcessesModule {}
