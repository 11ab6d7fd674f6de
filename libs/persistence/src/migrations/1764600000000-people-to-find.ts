import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The people a young person says they want to find: their own words, kept out of Temporal. */
export class PeopleToFind1764600000000 implements MigrationInterface {
  name = 'PeopleToFind1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE ll_people_to_find (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      process_id uuid NOT NULL REFERENCES processes(id),
      name text NOT NULL,
      relationship text,
      notes text,
      recorded_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ll_people_to_find`);
  }
}
