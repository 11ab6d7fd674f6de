import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Letters sent as documents, allowance payment changes, and carers' email for review packs. */
export class AllowanceReviews1764200000000 implements MigrationInterface {
  name = 'AllowanceReviews1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE carers ADD COLUMN email text`);
    await db.query(`CREATE TABLE documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      idempotency_key text NOT NULL UNIQUE,
      process_id uuid NOT NULL REFERENCES processes(id),
      kind text NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX documents_process ON documents (process_id)`);
    await db.query(`CREATE TABLE allowance_payments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      idempotency_key text NOT NULL UNIQUE,
      process_id uuid NOT NULL REFERENCES processes(id),
      child_id uuid NOT NULL REFERENCES children(id),
      change text NOT NULL,
      weekly_pence integer NOT NULL CHECK (weekly_pence >= 0),
      effective_date date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX allowance_payments_process ON allowance_payments (process_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE allowance_payments`);
    await db.query(`DROP TABLE documents`);
    await db.query(`ALTER TABLE carers DROP COLUMN email`);
  }
}
