import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '../../../activities/activities.module';
import { dataSourceOptions } from '../../../libs/persistence/src';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({
  imports: [TypeOrmModule.forRootAsync({ useFactory: () => dataSourceOptions() }), ActivitiesModule],
  providers: [TemporalWorkerService],
})
export class WorkerModule {}
