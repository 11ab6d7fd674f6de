import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Server } from 'node:http';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { OutboxDispatcher } from '../../../activities/notifications/outbox-dispatcher';
import { WorkerRuntimeConfig } from '../../../libs/config/src';
import { closeServer, startMetricsServer } from '../../../libs/metrics/src';
import { registerOutboxMetrics } from './outbox-metrics';
import { sdkMetricsAddress } from './sdk-metrics';
import { TemporalWorkerService } from './temporal-worker.service';

const text = (status: number, body: string) => ({ status, type: 'text/plain; charset=utf-8', body: `${body}\n` });

/**
 * The worker's probes and metrics on WORKER_HEALTH_PORT: live while the Temporal worker has not
 * failed, ready while it is polling; /metrics is the SDK's (task latencies, poll results, slots,
 * workflow and activity outcomes), the outbox's and failed cases (outbox-metrics.ts) and the process's own.
 */
@Injectable()
export class WorkerHealthService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly registry = new Registry();
  private server?: Server;

  constructor(
    private readonly runtime: WorkerRuntimeConfig,
    private readonly worker: TemporalWorkerService,
    dataSource: DataSource,
    outbox: OutboxDispatcher,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'kinship_worker_' });
    registerOutboxMetrics(this.registry, dataSource, outbox);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.runtime.healthPort === undefined) return;
    this.server = await startMetricsServer(this.runtime.healthPort, '0.0.0.0', {
      '/health/live': () =>
        Promise.resolve(
          this.worker.state() === 'FAILED' ? text(503, 'worker failed') : text(200, `ok (${this.worker.state()})`),
        ),
      '/health/ready': () =>
        Promise.resolve(
          this.worker.state() === 'RUNNING' ? text(200, 'polling') : text(503, `not polling (${this.worker.state()})`),
        ),
      '/metrics': async () => ({
        status: 200,
        type: this.registry.contentType,
        body: `${await this.registry.metrics()}\n${await sdkMetrics()}`,
      }),
    });
    new Logger('WorkerHealth').log(`health and metrics on port ${this.runtime.healthPort}`);
  }

  async onModuleDestroy(): Promise<void> {
    await closeServer(this.server);
  }
}

async function sdkMetrics(): Promise<string> {
  if (!sdkMetricsAddress) return '';
  const res = await fetch(`http://${sdkMetricsAddress}/metrics`, { signal: AbortSignal.timeout(2_000) });
  return res.ok ? res.text() : '';
}
