import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CarerEntity } from './carer.entity';

/** A child known to the service, with the SSDA903 facts the processes' rules use. */
@Entity('children')
export class ChildEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'child_ref', unique: true }) childRef: string;
  @Column({ name: 'first_name' }) firstName: string;
  @Column({ name: 'last_name' }) lastName: string;
  @Column({ name: 'date_of_birth', type: 'date' }) dateOfBirth: string;
  @Column({ name: 'legal_status' }) legalStatus: string;
  @Column({ name: 'placement_type' }) placementType: string;
  @Column({ name: 'care_episode_start', type: 'date', nullable: true }) careEpisodeStart: string | null;
  @Column({ default: false }) ehcp: boolean;
  @Column({ name: 'looked_after', default: true }) lookedAfter: boolean;
  @Column({ name: 'previously_looked_after', default: false }) previouslyLookedAfter: boolean;
  @OneToMany(() => CarerEntity, (carer) => carer.child, { cascade: ['insert'] }) carers: CarerEntity[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
