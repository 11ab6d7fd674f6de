import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { HttpConfig } from '../../../../libs/config/src';
import { closeServer, startMetricsServer } from '../../../../libs/metrics/src';

/**
 * The API's Prometheus metrics: request latency and status by route (the route's pattern, never
 * the ids in its path), Node's own, and the read model's processes by type and status, so failed
 * cases (`status="failed"`) and overdue work show on a dashboard and can alert.
 */
@Injectable()
export class ApiMetrics implements OnApplicationBootstrap, OnModuleDestroy {
  readonly registry = new Registry();
  private readonly requestSeconds = new Histogram({
    name: 'kinship_http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly responses = new Counter({
    name: 'kinship_http_responses_total',
    help: 'HTTP responses by status class (2xx, 4xx, 5xx)',
    labelNames: ['class'],
    registers: [this.registry],
  });
  private server?: Server;
  private readonly logger = new Logger('Metrics');

  constructor(
    private readonly http: HttpConfig,
    @InjectDataSource() db: DataSource,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'kinship_api_' });
    new Gauge({
      name: 'kinship_processes',
      help: 'Processes in the read model by type and status (failed = a case that needs a manager)',
      labelNames: ['type', 'status'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: { type: string; status: string; n: string }[] = await db.query(
          'SELECT type, status, count(*) AS n FROM processes GROUP BY type, status',
        );
        for (const row of rows) this.set({ type: row.type, status: row.status }, Number(row.n));
      },
    });
    new Gauge({
      name: 'kinship_open_tasks_overdue',
      help: 'Open tasks past their due time',
      registers: [this.registry],
      async collect() {
        const [row]: { n: string }[] = await db.query(
          "SELECT count(*) AS n FROM tasks WHERE status = 'open' AND due_at < now()",
        );
        this.set(Number(row.n));
      },
    });
  }

  /** Express middleware: times every request and counts it when the response is finished. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const stop = this.requestSeconds.startTimer();
    res.once('finish', () => {
      // Nest's route pattern (/processes/:id), or "unmatched" for 404s, so ids never become labels.
      const route = (req.route as { path?: string } | undefined)?.path;
      const pattern = route ? `${req.baseUrl}${route}` : 'unmatched';
      stop({ method: req.method, route: pattern, status: String(res.statusCode) });
      this.responses.inc({ class: `${Math.floor(res.statusCode / 100)}xx` });
    });
    next();
  };

  async onApplicationBootstrap(): Promise<void> {
    if (this.http.metricsPort === undefined) return;
    this.server = await startMetricsServer(this.http.metricsPort, this.http.host, {
      '/metrics': async () => ({
        status: 200,
        type: this.registry.contentType,
        body: await this.registry.metrics(),
      }),
    });
    this.logger.log(`metrics on port ${this.http.metricsPort} (/metrics)`);
  }

  async onModuleDestroy(): Promise<void> {
    await closeServer(this.server);
  }
}
