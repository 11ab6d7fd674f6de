import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One email, keyed by its idempotency key so a retried send is recognised. */
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
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
