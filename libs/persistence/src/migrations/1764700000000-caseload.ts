import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Caseload scoping: a child belongs to a team, may have an allocated social worker, and may be
 * restricted to named staff. `caseload_visible` is the one statement of who sees a child; every
 * query of the API filters through it. Children recorded before this migration keep team NULL:
 * only auditors and admins see them until an admin gives them a team (POST /children/:id/team).
 */
export class Caseload1764700000000 implements MigrationInterface {
  name = 'Caseload1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE children
      ADD COLUMN team text,
      ADD COLUMN allocated_worker_sub text,
      ADD COLUMN restricted boolean NOT NULL DEFAULT false,
      ADD COLUMN restricted_staff text[] NOT NULL DEFAULT '{}'`);
    await db.query(`CREATE INDEX children_team ON children (team)`);
    // Auditors and admins see every child. Staff see their teams' children and those allocated to
    // them; panel roles see children whose case has come to panel (a task for a panel role exists).
    // A restricted child is seen only by the staff named on it and the managers of its team.
    await db.query(`CREATE FUNCTION caseload_visible(p_child uuid, p_sub text, p_teams text[], p_roles text[])
      RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT p_roles && ARRAY['auditor', 'admin']::text[] OR EXISTS (
          SELECT 1 FROM children c WHERE c.id = p_child AND (
            CASE WHEN c.restricted
              THEN p_sub = ANY (c.restricted_staff) OR ('manager' = ANY (p_roles) AND c.team = ANY (p_teams))
              ELSE c.team = ANY (p_teams) OR c.allocated_worker_sub = p_sub OR (
                p_roles && ARRAY['panel_member', 'panel_chair']::text[] AND EXISTS (
                  SELECT 1 FROM processes p JOIN tasks t ON t.process_id = p.id
                  WHERE p.child_id = c.id AND t.candidate_roles && ARRAY['panel_member', 'panel_chair']::text[]))
            END))
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION caseload_visible(uuid, text, text[], text[])`);
    await db.query(`ALTER TABLE children DROP COLUMN team, DROP COLUMN allocated_worker_sub,
      DROP COLUMN restricted, DROP COLUMN restricted_staff`);
  }
}
