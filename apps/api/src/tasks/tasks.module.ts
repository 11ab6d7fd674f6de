import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaskEntity } from '../../../../libs/persistence/src';
import { ProcessesModule } from '../processes/processes.module';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';
import { FailedCaseReviewService } from './failed-case-review.service';

/** People's work lists, and claiming and completing tasks (which the workflows decide). */
@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity]), ProcessesModule],
  controllers: [TasksController],
  providers: [TasksService, FailedCaseReviewService],
})
export class TasksModule {}
