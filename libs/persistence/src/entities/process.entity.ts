import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The read model of one process: written only by the projection activity (and the API at start). */
@Entity('processes')
export class ProcessEntity {
  @PrimaryColumn('uuid') id: string;
  @Column() type: string;
  @Column({ name: 'child_id', type: 'uuid' }) childId: string;
  @Column({ name: 'workflow_id' }) workflowId: string;
  @Column() status: string;
  @Column() stage: string;
  @Column({ type: 'text', nullable: true }) category: string | null;
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  @Column({ type: 'jsonb', default: {} }) data: Record<string, unknown>;
  @Column({ name: 'due_dates', type: 'jsonb', default: {} }) dueDates: Record<string, string>;
  @Column({ name: 'started_by' }) startedBy: string;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'projection_seq', default: 0 }) projectionSeq: number;
}
