import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Someone the young person wants to find, in their own words, recorded by the coordinator. */
@Entity('ll_people_to_find')
export class PersonToFindEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId: string;
  @Column() name: string;
  @Column({ type: 'text', nullable: true }) relationship: string | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ name: 'recorded_by' }) recordedBy: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
