import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Key: one row per caller and key, holding what the request was (a hash of its route
 * and body), whether it is in flight, answered, or ended without a known outcome (a 503), and the
 * answer once there is one, so a retry answers what the first call did.
 */
export class IdempotencyKeys1764810000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE idempotency_keys (
      caller_sub text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      route text NOT NULL,
      state text NOT NULL CHECK (state IN ('in-flight', 'answered', 'unknown')),
      lease_until timestamptz NOT NULL,
      status_code integer,
      response jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      answered_at timestamptz,
      PRIMARY KEY (caller_sub, key)
    )`);
    await db.query(`CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_keys`);
  }
}
