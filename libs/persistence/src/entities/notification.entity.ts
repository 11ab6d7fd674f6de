import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One email in the outbox, keyed by its idempotency key so a retried activity never adds it twice. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'idempotency_key', unique: true }) idempotencyKey: string;
  @Column({ name: 'process_id', type: 'uuid', nullable: true }) processId: string | null;
  @Column({ name: 'to_address' }) to: string;
  @Column() subject: string;
  @Column() kind: string;
  @Column() body: string;
  @Column({ name: 'message_id' }) messageId: string;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  /** pending (waiting for the dispatcher), sent, or failed (refused by the mail server, or out of attempts). */
  @Column() status: 'pending' | 'sent' | 'failed';
  @Column() attempts: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz' }) nextAttemptAt: Date;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true }) failedAt: Date | null;
  /** The task queue of the worker that queued it: its workers send it (none: any worker). */
  @Column({ name: 'task_queue', type: 'text', nullable: true }) taskQueue: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
