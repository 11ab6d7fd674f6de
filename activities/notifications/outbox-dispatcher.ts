import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { DataSource, type QueryRunner } from 'typeorm';
import { MailConfig, TemporalConfig } from '../../libs/config/src';
import { PermanentFailure } from '../../libs/domain/src/shared/permanent-failures';
import { SYSTEM_ACTOR } from '../../libs/domain/src/shared/roles';
import { permanentFailureOf } from '../permanent-failures';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/**
 * Parallel sends per worker: each holds one PostgreSQL connection while its SMTP exchange runs,
 * and the transport keeps one SMTP session open for each.
 */
export const OUTBOX_SENDERS = 2;
const FIRST_RETRY_MS = 2_000;
/** Refusals are written after the projection's own events of the same `seq` (0…n-1), never on them. */
const OUTBOX_EVENT_IDX = 1_000_000;

interface PendingRow {
  id: string;
  process_id: string | null;
  to_address: string;
  subject: string;
  kind: string;
  body: string;
  message_id: string;
  attempts: number;
}

/**
 * Sends the outbox (the worker process runs it beside the Temporal worker): the messages its own
 * task queue's workers queued (TEMPORAL_TASK_QUEUE), so deployments sharing a database keep their
 * mail apart. Each message is taken
 * with `FOR UPDATE SKIP LOCKED` inside a transaction held while it is sent, so two workers never
 * send one message at once, and a worker killed mid-send drops its connection and with it the lock:
 * the message is still pending and the next sender takes it (same Message-ID). The one duplicate
 * left possible is a kill between the mail server's acceptance and the commit.
 *
 * A send the server refuses (5xx) is not retried: the row is `failed` and the refusal is written on
 * the case's timeline (`notification-failed`). A server down or answering 4xx is retried with
 * backoff (2 s doubling up to OUTBOX_MAX_RETRY_INTERVAL_MS) for OUTBOX_MAX_ATTEMPTS, then failed the same way.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Outbox');
  private stopping = false;
  private senders: Promise<void>[] = [];
  /** Senders waiting for their next poll; a nudge ends the wait. */
  private readonly waiting = new Set<() => void>();
  /** Counts since this process started, for /metrics. */
  readonly counts = { sent: 0, failed: 0, retried: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailConfig,
    private readonly temporal: TemporalConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: Transporter,
  ) {}

  onApplicationBootstrap(): void {
    this.senders = Array.from({ length: OUTBOX_SENDERS }, () => this.run());
  }

  /** Says a message was queued, so an idle sender looks now rather than at its next poll. */
  nudge(): void {
    for (const wake of [...this.waiting]) wake();
  }

  /** Stops taking messages; the ones being sent finish (SIGTERM drains, as the Temporal worker does). */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.nudge();
    await Promise.all(this.senders);
    this.transport.close();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let sentOne = false;
      try {
        sentOne = await this.sendNext();
      } catch (err) {
        // PostgreSQL unavailable, say: nothing was marked, so the message stays pending.
        this.logger.warn(`outbox: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (!sentOne && !this.stopping) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.mail.outbox.pollMs);
      this.waiting.add(done);
    });
  }

  /** Takes one due message and sends it; answers whether there was one. */
  async sendNext(): Promise<boolean> {
    const db = this.dataSource.createQueryRunner();
    await db.connect();
    try {
      await db.startTransaction();
      const [row]: PendingRow[] = await db.query(
        `SELECT id, process_id, to_address, subject, kind, body, message_id, attempts FROM notifications
         WHERE status = 'pending' AND next_attempt_at <= now() AND (task_queue = $1 OR task_queue IS NULL)
         ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [this.temporal.taskQueue],
      );
      if (row) await this.send(db, row);
      await db.commitTransaction();
      return row !== undefined;
    } catch (err) {
      if (db.isTransactionActive) await db.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await db.release();
    }
  }

  private async send(db: QueryRunner, row: PendingRow): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.mail.from,
        to: row.to_address,
        subject: row.subject,
        text: row.body,
        messageId: row.message_id,
        headers: row.process_id ? { 'X-Kinship-Process': row.process_id } : {},
      });
    } catch (err) {
      await this.failedAttempt(db, row, err);
      return;
    }
    await db.query(`UPDATE notifications SET status = 'sent', sent_at = now(), attempts = attempts + 1 WHERE id = $1`, [
      row.id,
    ]);
    this.counts.sent += 1;
  }

  private async failedAttempt(db: QueryRunner, row: PendingRow, err: unknown): Promise<void> {
    const attempts = row.attempts + 1;
    const refused = permanentFailureOf(err);
    const message = err instanceof Error ? err.message : String(err);
    if (refused?.type !== PermanentFailure.MailRejected && attempts < this.mail.outbox.maxAttempts) {
      const retryInMs = Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), this.mail.outbox.maxRetryIntervalMs);
      await db.query(
        `UPDATE notifications SET attempts = $2, last_error = $3, next_attempt_at = now() + $4 * interval '1 millisecond'
         WHERE id = $1`,
        [row.id, attempts, message, retryInMs],
      );
      this.counts.retried += 1;
      return;
    }
    const why =
      refused?.type === PermanentFailure.MailRejected
        ? refused.message
        : `The mail server could not take the message after ${attempts} attempts: ${message}`;
    await db.query(
      `UPDATE notifications SET status = 'failed', attempts = $2, last_error = $3, failed_at = now() WHERE id = $1`,
      [row.id, attempts, why],
    );
    if (row.process_id) await this.recordOnTheCase(db, row, why);
    this.counts.failed += 1;
    this.logger.warn(`email ${row.id} (${row.kind}) failed: ${why}`);
  }

  /**
   * Writes the refusal on the case's timeline, after the events projected so far. The process row
   * is locked so two senders failing messages of one case number theirs apart.
   */
  private async recordOnTheCase(db: QueryRunner, row: PendingRow, why: string): Promise<void> {
    const [process] = await db.query(`SELECT projection_seq, stage FROM processes WHERE id = $1 FOR UPDATE`, [
      row.process_id,
    ]);
    if (!process) return;
    await db.query(
      `INSERT INTO audit_events (process_id, seq, idx, at, actor_sub, actor_name, kind, stage, notes, data)
       SELECT $1, $2, $3 + count(*), now(), $4, $5, 'notification-failed', $6, $7, $8
       FROM audit_events WHERE process_id = $1 AND seq = $2 AND idx >= $3`,
      [
        row.process_id,
        process.projection_seq,
        OUTBOX_EVENT_IDX,
        SYSTEM_ACTOR.sub,
        SYSTEM_ACTOR.name,
        process.stage,
        why,
        { kind: row.kind, subject: row.subject, notificationId: row.id },
      ],
    );
  }
}
