import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A letter a process sent (review pack, proposal, decision), kept on the case. Written by the letters activity. */
@Entity('documents')
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'idempotency_key', unique: true }) idempotencyKey: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId: string;
  @Column() kind: string;
  @Column() title: string;
  @Column() body: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
