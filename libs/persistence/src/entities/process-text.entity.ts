import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Words a person wrote on a process (a note, a reason): the workflow holds only a reference to the row. */
@Entity('process_texts')
export class ProcessTextEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId: string;
  @Column() text: string;
  @Column({ name: 'created_by' }) createdBy: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
