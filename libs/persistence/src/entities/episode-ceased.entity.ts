import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A care episode a process ended: the SSDA903 DEC and REC. One per process. */
@Entity('episodes_ceased')
export class EpisodeCeasedEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'process_id', type: 'uuid', unique: true }) processId: string;
  @Column({ name: 'child_id', type: 'uuid' }) childId: string;
  @Column({ name: 'date_ceased', type: 'date' }) dateCeased: string;
  @Column({ name: 'reason_code' }) reasonCode: string;
}
