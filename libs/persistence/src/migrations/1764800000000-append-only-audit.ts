import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The database role the API and the worker connect as (README, "Audit trail and access log"). */
export const APP_ROLE = 'kinship_app';

/** Tables nobody may rewrite: rows are only ever added. */
export const APPEND_ONLY_TABLES = ['audit_events', 'child_audit_events', 'access_log'] as const;

/**
 * An audit trail nobody can rewrite. `access_log` records every read of a child's data;
 * `child_audit_events` every create, import and change of a child with what changed. On those
 * and on `audit_events`, triggers refuse UPDATE, DELETE and TRUNCATE for every role, the owner
 * included; the application's role (`kinship_app`) is granted only INSERT and SELECT on them and
 * normal rights everywhere else, now and (default privileges) on tables later migrations add.
 * Migrations run as the owner (MIGRATION_DATABASE_URL); only a superuser or the owner dropping
 * the triggers on purpose could change a row.
 */
export class AppendOnlyAudit1764800000000 implements MigrationInterface {
  name = 'AppendOnlyAudit1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE access_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_sub text NOT NULL,
      actor_name text NOT NULL,
      actor_roles text[] NOT NULL,
      child_id uuid,
      process_id uuid,
      method text NOT NULL,
      route text NOT NULL,
      path text NOT NULL,
      request_id text)`);
    await db.query(`CREATE INDEX access_log_child ON access_log (child_id, at DESC, id DESC)`);
    await db.query(`CREATE TABLE child_audit_events (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      child_id uuid NOT NULL REFERENCES children(id),
      kind text NOT NULL,
      actor_sub text NOT NULL,
      actor_name text NOT NULL,
      actor_roles text[] NOT NULL,
      changes jsonb NOT NULL)`);
    await db.query(`CREATE INDEX child_audit_events_child ON child_audit_events (child_id, at, id)`);

    await db.query(`CREATE FUNCTION refuse_audit_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of APPEND_ONLY_TABLES) {
      await db.query(`CREATE TRIGGER ${table}_no_rewrite BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_audit_rewrite()`);
      await db.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite()`);
    }
    await grantAppRole(db);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY_TABLES) {
      await db.query(`DROP TRIGGER IF EXISTS ${table}_no_rewrite ON ${table}`);
      await db.query(`DROP TRIGGER IF EXISTS ${table}_no_truncate ON ${table}`);
    }
    await db.query(`DROP FUNCTION refuse_audit_rewrite()`);
    await db.query(`DROP TABLE child_audit_events`);
    await db.query(`DROP TABLE access_log`);
  }
}

/**
 * Grants the app role its rights. The role is made (NOLOGIN, a group a council's login role joins)
 * when missing and the migrating role may create roles; without it the grants are skipped with a
 * notice, and the application then has to connect as the owner (as before this migration).
 */
async function grantAppRole(db: QueryRunner): Promise<void> {
  const appendOnly = APPEND_ONLY_TABLES.join(', ');
  await db.query(`DO $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        BEGIN
          CREATE ROLE ${APP_ROLE} NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
          RAISE NOTICE 'role ${APP_ROLE} does not exist and cannot be created here: no grants made';
          RETURN;
        END;
      END IF;
      EXECUTE 'GRANT USAGE ON SCHEMA public TO ${APP_ROLE}';
      EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}';
      EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON ${appendOnly} FROM ${APP_ROLE}';
      EXECUTE 'REVOKE ALL ON schema_migrations FROM ${APP_ROLE}';
      EXECUTE 'GRANT SELECT ON schema_migrations TO ${APP_ROLE}';
      EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}';
      EXECUTE 'GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${APP_ROLE}';
      -- Tables later migrations create (as this same owner) get normal rights; a new audit table
      -- takes its own REVOKE in the migration that creates it.
      EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}';
      EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}';
      EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${APP_ROLE}';
    END $$`);
}
