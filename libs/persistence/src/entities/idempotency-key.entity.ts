import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A request sent with an Idempotency-Key, and its answer once it has one (apps/api/src/common/idempotency). */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'caller_sub' }) callerSub: string;
  @PrimaryColumn() key: string;
  @Column({ name: 'request_hash' }) requestHash: string;
  @Column() route: string;
  @Column() state: 'in-flight' | 'answered' | 'unknown';
  @Column({ name: 'lease_until', type: 'timestamptz' }) leaseUntil: Date;
  @Column({ name: 'status_code', type: 'integer', nullable: true }) statusCode: number | null;
  @Column({ type: 'jsonb', nullable: true }) response: unknown;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
}
