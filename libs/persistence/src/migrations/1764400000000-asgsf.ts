import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The council's approved therapy providers, and what the fund has committed and been claimed. */
export class Asgsf1764400000000 implements MigrationInterface {
  name = 'Asgsf1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE asgsf_providers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL UNIQUE,
      therapy_types text[] NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE TABLE asgsf_commitments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      idempotency_key text NOT NULL UNIQUE,
      process_id uuid NOT NULL REFERENCES processes(id),
      child_id uuid NOT NULL REFERENCES children(id),
      financial_year integer NOT NULL,
      kind text NOT NULL,
      amount_pence integer NOT NULL CHECK (amount_pence >= 0),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX asgsf_commitments_child_year ON asgsf_commitments (child_id, financial_year)`);
    await db.query(`CREATE TABLE asgsf_claims (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      idempotency_key text NOT NULL UNIQUE,
      process_id uuid NOT NULL REFERENCES processes(id),
      month text NOT NULL,
      amount_pence integer NOT NULL CHECK (amount_pence > 0),
      created_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE asgsf_claims`);
    await db.query(`DROP TABLE asgsf_commitments`);
    await db.query(`DROP TABLE asgsf_providers`);
  }
}
