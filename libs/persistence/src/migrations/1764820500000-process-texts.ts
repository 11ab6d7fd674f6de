import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Free text kept out of Temporal: notes, reasons, case notes, the young person's own words, free
 * text in task data. The API writes a row before it sends the update; the workflow holds only
 * `{{text:<id>}}` in the words' place, and the API and the letter activities resolve it back.
 */
export class ProcessTexts1764820500000 implements MigrationInterface {
  name = 'ProcessTexts1764820500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE process_texts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      process_id uuid NOT NULL REFERENCES processes(id),
      text text NOT NULL,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await db.query(`CREATE INDEX process_texts_process_id ON process_texts (process_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE process_texts`);
  }
}
