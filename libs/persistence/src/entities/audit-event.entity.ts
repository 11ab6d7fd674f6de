import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The audit trail. (process_id, seq, idx) is unique, so a retried projection adds no rows. */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId: string;
  @Column() seq: number;
  @Column() idx: number;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ name: 'actor_sub' }) actorSub: string;
  @Column({ name: 'actor_name' }) actorName: string;
  @Column() kind: string;
  @Column() stage: string;
  @Column({ name: 'task_id', type: 'text', nullable: true }) taskId: string | null;
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ type: 'jsonb', nullable: true }) data: Record<string, unknown> | null;
}
