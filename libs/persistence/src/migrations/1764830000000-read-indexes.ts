import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the lists and dashboards at council scale (10,000 allowance reviews, 4,000 open
 * conversions), measured with EXPLAIN ANALYZE (README "Performance"):
 * - `processes_child`: a child's processes (`GET /children/:id`) were a sequential scan of every
 *   process; it also lets `GET /processes` count its total from the index alone.
 * - `processes_type_status_started`: a page of `GET /processes?type=&status=` in started order, and
 *   its total counted from the index alone (`child_id` carried for the caseload join).
 * - `processes_review_anniversary`: the allowance reviews by their next anniversary, for
 *   `GET /dashboard/reviews`, which read and cast the JSON of every process to find its window. The
 *   value is an ISO instant in UTC (`toISOString()`), so its text in the C collation sorts as the
 *   instant does; `id` breaks ties (many reviews share a day), so a page is read in index order.
 *   Not partial: the planner takes an expression's statistics only from a whole-table index, and
 *   without them guessed a window of 50 rows where there were 2,400 and sorted them all for a page.
 */
export class ReadIndexes1764830000000 implements MigrationInterface {
  name = 'ReadIndexes1764830000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX processes_child ON processes (child_id)`);
    await db.query(
      `CREATE INDEX processes_type_status_started ON processes (type, status, started_at DESC) INCLUDE (child_id)`,
    );
    await db.query(
      `CREATE INDEX processes_review_anniversary ON processes (type, ((data->>'nextAnniversary') COLLATE "C"), id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX processes_review_anniversary`);
    await db.query(`DROP INDEX processes_type_status_started`);
    await db.query(`DROP INDEX processes_child`);
  }
}
