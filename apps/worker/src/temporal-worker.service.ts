import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '../../../activities/activity-registry';
import { AllowancePaymentsActivities } from '../../../activities/allowance/allowance-payments.activities';
import { AsgsfActivities } from '../../../activities/asgsf/asgsf.activities';
import { ConnectionsActivities } from '../../../activities/lifelong-links/connections.activities';
import { CareRecordsActivities } from '../../../activities/care-records/care-records.activities';
import { LetterActivities } from '../../../activities/letters/letter.activities';
import { ProcessRegistryActivities } from '../../../activities/process-registry/process-registry.activities';
import { NotificationActivities } from '../../../activities/notifications/notification.activities';
import { ProjectionActivities } from '../../../activities/projection/projection.activities';
import { TemporalConfig } from '../../../libs/config/src';
import { kinshipDataConverter, temporalConnectionOptions } from '../../../libs/temporal/src';
import { workflowSource } from './workflow-source';

/** Runs the Temporal worker inside the Nest context: built on init, run on bootstrap, drained on destroy. */
@Injectable()
export class TemporalWorkerService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TemporalWorker');
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    private readonly config: TemporalConfig,
    private readonly projection: ProjectionActivities,
    private readonly notifications: NotificationActivities,
    private readonly careRecords: CareRecordsActivities,
    private readonly letters: LetterActivities,
    private readonly payments: AllowancePaymentsActivities,
    private readonly registry: ProcessRegistryActivities,
    private readonly asgsf: AsgsfActivities,
    private readonly connections: ConnectionsActivities,
  ) {}

  async onModuleInit(): Promise<void> {
    const config = this.config;
    this.connection = await NativeConnection.connect(temporalConnectionOptions(config));
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: config.namespace,
      taskQueue: config.taskQueue,
      dataConverter: kinshipDataConverter(config.payloadKeys), // its failureConverterPath is bundled in (workflow-source.ts)
      activities: createActivities({
        projection: this.projection,
        notifications: this.notifications,
        careRecords: this.careRecords,
        letters: this.letters,
        payments: this.payments,
        registry: this.registry,
        asgsf: this.asgsf,
        connections: this.connections,
      }),
      ...workflowSource(),
    });
  }

  onApplicationBootstrap(): void {
    this.running = this.worker!.run();
    this.running.catch((err) => {
      this.logger.error(`worker stopped: ${err}`);
      process.exitCode = 1;
    });
    this.logger.log(`polling task queue ${this.config.taskQueue}`);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }
}
