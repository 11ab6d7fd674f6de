import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cohorts imported from an SSDA903 return: the return carries no names, so names become optional,
 * and each child can be tagged with the conversion programme cohort it was loaded into.
 */
export class Cohorts1764100000000 implements MigrationInterface {
  name = 'Cohorts1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE children ALTER COLUMN first_name DROP NOT NULL, ALTER COLUMN last_name DROP NOT NULL`);
    await db.query(`ALTER TABLE children ADD COLUMN sex text, ADD COLUMN cohort text`);
    await db.query(`CREATE INDEX children_cohort ON children (cohort)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX children_cohort`);
    await db.query(`ALTER TABLE children DROP COLUMN cohort, DROP COLUMN sex`);
    await db.query(`UPDATE children SET first_name = coalesce(first_name, ''), last_name = coalesce(last_name, '')`);
    await db.query(`ALTER TABLE children ALTER COLUMN first_name SET NOT NULL, ALTER COLUMN last_name SET NOT NULL`);
  }
}
