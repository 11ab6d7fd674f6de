import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One read of a child's data through the API (append-only: a trigger refuses UPDATE and DELETE). */
@Entity('access_log')
export class AccessLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at: Date;
  @Column({ name: 'actor_sub' }) actorSub: string;
  @Column({ name: 'actor_name' }) actorName: string;
  @Column({ name: 'actor_roles', type: 'text', array: true }) actorRoles: string[];
  @Column({ name: 'child_id', type: 'uuid', nullable: true }) childId: string | null;
  @Column({ name: 'process_id', type: 'uuid', nullable: true }) processId: string | null;
  @Column() method: string;
  /** The route's pattern (`/processes/:id/timeline`); `path` is the one requested. */
  @Column() route: string;
  @Column() path: string;
  @Column({ name: 'request_id', type: 'text', nullable: true }) requestId: string | null;
}
