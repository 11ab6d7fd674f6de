import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person a Lifelong Links search found. Their details stay here; the workflow hears only id and ref. */
@Entity('ll_connections')
export class ConnectionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId: string;
  /** C1, C2, … in the order found, unique within the process. */
  @Column() ref: string;
  @Column() name: string;
  @Column() relationship: string;
  @Column({ name: 'how_found' }) howFound: string;
  @Column({ name: 'contact_details', type: 'text', nullable: true }) contactDetails: string | null;
  @Column({ name: 'safety_decision', type: 'text', nullable: true }) safetyDecision: string | null;
  @Column({ name: 'contact_outcome', type: 'text', nullable: true }) contactOutcome: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
