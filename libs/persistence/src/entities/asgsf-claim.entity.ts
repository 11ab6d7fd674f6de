import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A provider's claim against a commitment, for one month. Written by the ASGSF activities. */
@Entity('asgsf_claims')
export class AsgsfClaimEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'idempotency_key', unique: true }) idempotencyKey: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId: string;
  @Column() month: string;
  @Column({ name: 'amount_pence', type: 'integer' }) amountPence: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
