import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A change to a guardian's allowance, for finance. Written by the payments activity. */
@Entity('allowance_payments')
export class AllowancePaymentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'idempotency_key', unique: true }) idempotencyKey: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId: string;
  @Column({ name: 'child_id', type: 'uuid' }) childId: string;
  @Column() change: string;
  @Column({ name: 'weekly_pence', type: 'integer' }) weeklyPence: number;
  @Column({ name: 'effective_date', type: 'date' }) effectiveDate: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
