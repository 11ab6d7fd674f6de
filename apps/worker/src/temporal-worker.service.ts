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
import { TemporalConfig, WorkerRuntimeConfig } from '../../../libs/config/src';
import {
  kinshipDataConverter,
  requestIdActivityInterceptor,
  temporalConnectionOptions,
} from '../../../libs/temporal/src';
import { workflowSource } from './workflow-source';

/**
 * Runs the Temporal worker inside the Nest context: built on init, run on bootstrap, drained on
 * destroy (SIGTERM: activities in flight get WORKER_SHUTDOWN_GRACE_MS to finish). If the worker
 * stops on its own (a fatal poll error, a lost namespace), the process exits 1: a process that is
 * up but polls nothing looks healthy to its supervisor while every case waits.
 */
@Injectable()
export class TemporalWorkerService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TemporalWorker');
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;
  private shuttingDown = false;
  private watch?: NodeJS.Timeout;

  constructor(
    private readonly config: TemporalConfig,
    private readonly runtime: WorkerRuntimeConfig,
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
    const source = workflowSource();
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
      ...('workflowBundle' in source
        ? { workflowBundle: source.workflowBundle }
        : { workflowsPath: source.workflowsPath, bundlerOptions: { preloadModules: source.preloadModules } }),
      interceptors: {
        activity: [requestIdActivityInterceptor],
        ...('workflowInterceptorModules' in source ? { workflowModules: source.workflowInterceptorModules } : {}),
      },
      shutdownGraceTime: this.runtime.shutdownGraceMs,
      maxCachedWorkflows: this.runtime.maxCachedWorkflows,
    });
  }

  onApplicationBootstrap(): void {
    this.running = this.worker!.run();
    this.running.then(
      () => this.stoppedOnItsOwn('worker stopped polling'),
      (err: unknown) => this.stoppedOnItsOwn(`worker failed: ${err instanceof Error ? err.stack : String(err)}`),
    );
    // A fatal poll error marks the worker FAILED at once, but run() settles only after the SDK's
    // own shutdown, which can hang on the server that refused it: the state is what to watch.
    this.watch = setInterval(() => {
      if (this.worker?.getState() === 'FAILED') this.stoppedOnItsOwn('worker failed (see the SDK error above)');
    }, 1_000);
    this.watch.unref();
    this.logger.log(`polling task queue ${this.config.taskQueue}`);
  }

  /** The Temporal worker's state (INITIALIZED, RUNNING, STOPPING, DRAINING, STOPPED, FAILED) for the probes. */
  state(): string {
    return this.worker?.getState() ?? 'INITIALIZED';
  }

  /** Not asked to stop (SIGTERM), yet stopped: exit non-zero so a supervisor restarts it. */
  private stoppedOnItsOwn(why: string): void {
    if (this.shuttingDown) return;
    this.logger.error(`${why}; exiting with code 1`);
    process.exit(1);
  }

  async onModuleDestroy(): Promise<void> {
    this.shuttingDown = true;
    clearInterval(this.watch);
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }
}
