import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '../../../activities/activities.module';
import { ConfigModule, DatabaseConfig } from '../../../libs/config/src';
import { dataSourceOptions } from '../../../libs/persistence/src';
import { TemporalWorkerService } from './temporal-worker.service';
import { WorkerHealthService } from './worker-health.service';

/** The worker: validated config (read when the context is created), PostgreSQL, the activities and the Temporal worker. */
@Module({
  imports: [
    ConfigModule.forWorker(),
    TypeOrmModule.forRootAsync({
      inject: [DatabaseConfig],
      useFactory: (config: DatabaseConfig) => dataSourceOptions(config.url, config.connectTimeoutMs),
    }),
    ActivitiesModule,
  ],
  providers: [TemporalWorkerService, WorkerHealthService],
})
export class WorkerModule {}
