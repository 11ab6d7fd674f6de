import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Money the fund committed to a child in a financial year. Written by the ASGSF activities. */
@Entity('asgsf_commitments')
export class AsgsfCommitmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'idempotency_key', unique: true }) idempotencyKey: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId: string;
  @Column({ name: 'child_id', type: 'uuid' }) childId: string;
  @Column({ name: 'financial_year', type: 'integer' }) financialYear: number;
  @Column() kind: string;
  @Column({ name: 'amount_pence', type: 'integer' }) amountPence: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
