import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AuditEventEntity,
  ChildEntity,
  DocumentEntity,
  ProcessEntity,
  TaskEntity,
} from '../../../../libs/persistence/src';
import { AuditModule } from '../audit/audit.module';
import { PolicyModule } from '../policy/policy.module';
import { ProcessStarters } from './process-starters';
import { ProcessWorkflowsService } from './process-workflows.service';
import { ProcessesController } from './processes.controller';
import { ProcessesService } from './processes.service';

/**
 * Processes: starting them (rules and facts per type), their read model (state, timeline,
 * documents) and people's updates, sent through ProcessWorkflowsService, the API's only door to Temporal.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProcessEntity, TaskEntity, AuditEventEntity, DocumentEntity, ChildEntity]),
    PolicyModule,
    AuditModule,
  ],
  controllers: [ProcessesController],
  providers: [ProcessesService, ProcessStarters, ProcessWorkflowsService],
  exports: [ProcessesService, ProcessWorkflowsService],
})
export class ProcessesModule {}
