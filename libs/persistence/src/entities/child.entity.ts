import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CarerEntity } from './carer.entity';

/** A child known to the service, with the SSDA903 facts the processes' rules use. */
@Entity('children')
export class ChildEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'child_ref', unique: true }) childRef: string;
  /** Null for children loaded from an SSDA903 return, which carries no names. */
  @Column({ name: 'first_name', type: 'text', nullable: true }) firstName: string | null;
  @Column({ name: 'last_name', type: 'text', nullable: true }) lastName: string | null;
  @Column({ type: 'text', nullable: true }) sex: string | null;
  /** The conversion programme cohort the child was loaded into, if any. */
  @Column({ type: 'text', nullable: true }) cohort: string | null;
  @Column({ name: 'date_of_birth', type: 'date' }) dateOfBirth: string;
  @Column({ name: 'legal_status' }) legalStatus: string;
  @Column({ name: 'placement_type' }) placementType: string;
  @Column({ name: 'care_episode_start', type: 'date', nullable: true }) careEpisodeStart: string | null;
  @Column({ default: false }) ehcp: boolean;
  @Column({ name: 'looked_after', default: true }) lookedAfter: boolean;
  @Column({ name: 'previously_looked_after', default: false }) previouslyLookedAfter: boolean;
  /** The team whose caseload the child is on (null: seen only by auditors and admins). */
  @Column({ type: 'text', nullable: true }) team: string | null;
  /** The allocated social worker's `sub`, set by a conversion's start or a reassignment. */
  @Column({ name: 'allocated_worker_sub', type: 'text', nullable: true }) allocatedWorkerSub: string | null;
  /** A restricted record is seen only by the staff named on it and the managers of its team. */
  @Column({ default: false }) restricted: boolean;
  @Column({ name: 'restricted_staff', type: 'text', array: true, default: () => "'{}'" }) restrictedStaff: string[];
  @OneToMany(() => CarerEntity, (carer) => carer.child, { cascade: ['insert'] }) carers: CarerEntity[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
