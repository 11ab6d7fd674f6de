import { Counter, Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { OutboxDispatcher } from '../../../activities/notifications/outbox-dispatcher';

/**
 * The outbox and failed cases on the worker's /metrics. Depth and failed cases are read from
 * PostgreSQL at scrape time (the same for every worker: take `max` across them); sent and failed
 * messages are counted by this process (`sum` across workers).
 */
export function registerOutboxMetrics(registry: Registry, dataSource: DataSource, dispatcher: OutboxDispatcher): void {
  const count = async (sql: string) => Number((await dataSource.query(sql))[0].n);
  new Gauge({
    name: 'kinship_outbox_pending',
    help: 'Emails in the outbox not yet sent (including ones waiting for a retry)',
    registers: [registry],
    async collect() {
      this.set(await count(`SELECT count(*) AS n FROM notifications WHERE status = 'pending'`));
    },
  });
  new Gauge({
    name: 'kinship_outbox_oldest_pending_seconds',
    help: 'Age of the oldest email still waiting to be sent (0 when none)',
    registers: [registry],
    async collect() {
      this.set(
        await count(
          `SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0) AS n FROM notifications WHERE status = 'pending'`,
        ),
      );
    },
  });
  new Gauge({
    name: 'kinship_outbox_failed',
    help: 'Emails that were never sent: refused by the mail server, or out of attempts',
    registers: [registry],
    async collect() {
      this.set(await count(`SELECT count(*) AS n FROM notifications WHERE status = 'failed'`));
    },
  });
  new Gauge({
    name: 'kinship_cases_failed',
    help: 'Cases closed as failed (PostgreSQL refused what they had to record): each needs a manager',
    registers: [registry],
    async collect() {
      this.set(await count(`SELECT count(*) AS n FROM processes WHERE status = 'failed'`));
    },
  });
  new Counter({
    name: 'kinship_outbox_sent_total',
    help: 'Emails this worker sent',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(dispatcher.counts.sent);
    },
  });
  new Counter({
    name: 'kinship_outbox_send_failures_total',
    help: 'Emails this worker marked failed (refused, or out of attempts)',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(dispatcher.counts.failed);
    },
  });
  new Counter({
    name: 'kinship_outbox_retries_total',
    help: 'Send attempts this worker will retry (mail server down or 4xx)',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(dispatcher.counts.retried);
    },
  });
}
