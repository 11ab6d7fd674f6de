import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People a Lifelong Links search finds. Their details live here, never in Temporal. */
export class LifelongLinks1764500000000 implements MigrationInterface {
  name = 'LifelongLinks1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE ll_connections (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      process_id uuid NOT NULL REFERENCES processes(id),
      ref text NOT NULL,
      name text NOT NULL,
      relationship text NOT NULL,
      how_found text NOT NULL,
      contact_details text,
      safety_decision text,
      contact_outcome text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (process_id, ref))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ll_connections`);
  }
}
