import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A therapy provider on the council's approved list; an ASGSF quote must name an active one. */
@Entity('asgsf_providers')
export class AsgsfProviderEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ unique: true }) name: string;
  @Column({ name: 'therapy_types', type: 'text', array: true, default: '{}' }) therapyTypes: string[];
  @Column({ default: true }) active: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
