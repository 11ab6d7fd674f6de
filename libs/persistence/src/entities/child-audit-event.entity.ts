import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A field's value before and after a change (null before: the child was just created). */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** A create, import or change of a child, naming each field changed (append-only, as audit_events). */
@Entity('child_audit_events')
export class ChildAuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at: Date;
  @Column({ name: 'child_id', type: 'uuid' }) childId: string;
  /** child-created, child-imported, child-updated-by-import, team-changed, restriction-changed, worker-allocated. */
  @Column() kind: string;
  @Column({ name: 'actor_sub' }) actorSub: string;
  @Column({ name: 'actor_name' }) actorName: string;
  @Column({ name: 'actor_roles', type: 'text', array: true }) actorRoles: string[];
  @Column({ type: 'jsonb' }) changes: Record<string, FieldChange>;
}
