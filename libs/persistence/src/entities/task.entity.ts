import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A human task as last projected; the workflow stays the authority on whether it is open. */
@Entity('tasks')
export class TaskEntity {
  @PrimaryColumn() id: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId: string;
  @Column() kind: string;
  @Column() stage: string;
  @Column() title: string;
  @Column({ name: 'allowed_outcomes', type: 'text', array: true }) allowedOutcomes: string[];
  @Column({ name: 'candidate_roles', type: 'text', array: true }) candidateRoles: string[];
  @Column({ name: 'required_data', type: 'jsonb', default: [] }) requiredData: unknown[];
  @Column({ name: 'required_data_by_outcome', type: 'jsonb', default: {} }) requiredDataByOutcome: Record<
    string,
    unknown[]
  >;
  @Column({ name: 'optional_data', type: 'jsonb', default: [] }) optionalData: unknown[];
  @Column({ name: 'excluded_actors', type: 'text', array: true, default: '{}' }) excludedActors: string[];
  @Column({ name: 'assignee_sub', type: 'text', nullable: true }) assigneeSub: string | null;
  @Column({ name: 'assignee_name', type: 'text', nullable: true }) assigneeName: string | null;
  @Column() status: string;
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  @Column({ name: 'completed_by', type: 'text', nullable: true }) completedBy: string | null;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt: Date;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'projection_seq' }) projectionSeq: number;
}
