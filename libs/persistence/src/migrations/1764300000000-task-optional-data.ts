import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tasks list the fields a person may give as well as those they must, so forms can offer them. */
export class TaskOptionalData1764300000000 implements MigrationInterface {
  name = 'TaskOptionalData1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tasks ADD COLUMN optional_data jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tasks DROP COLUMN optional_data`);
  }
}
