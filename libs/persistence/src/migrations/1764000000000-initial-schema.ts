import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Children, carers, the process read model, tasks, audit trail, notifications and 903 episodes. */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE children (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      child_ref text NOT NULL UNIQUE,
      first_name text NOT NULL,
      last_name text NOT NULL,
      date_of_birth date NOT NULL,
      legal_status text NOT NULL,
      placement_type text NOT NULL,
      care_episode_start date,
      ehcp boolean NOT NULL DEFAULT false,
      looked_after boolean NOT NULL DEFAULT true,
      previously_looked_after boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE TABLE carers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      child_id uuid NOT NULL REFERENCES children(id) ON DELETE CASCADE,
      carer_ref text NOT NULL,
      first_name text NOT NULL,
      last_name text NOT NULL,
      relationship text NOT NULL,
      is_former_foster_carer boolean NOT NULL,
      is_relative_or_friend boolean NOT NULL DEFAULT true,
      living_with_child_since date,
      UNIQUE (child_id, carer_ref))`);
    await db.query(`CREATE TABLE processes (
      id uuid PRIMARY KEY,
      type text NOT NULL,
      child_id uuid NOT NULL REFERENCES children(id),
      workflow_id text NOT NULL,
      status text NOT NULL,
      stage text NOT NULL,
      category text,
      outcome text,
      data jsonb NOT NULL DEFAULT '{}',
      due_dates jsonb NOT NULL DEFAULT '{}',
      started_by text NOT NULL,
      started_at timestamptz NOT NULL,
      closed_at timestamptz,
      projection_seq integer NOT NULL DEFAULT 0)`);
    // One active process of a type per child, whatever Temporal says (DESIGN.md).
    await db.query(
      `CREATE UNIQUE INDEX processes_one_active_per_child ON processes (type, child_id) WHERE status IN ('active', 'paused')`,
    );
    await db.query(`CREATE INDEX processes_started_at ON processes (started_at DESC)`);
    await db.query(`CREATE TABLE tasks (
      id text PRIMARY KEY,
      process_id uuid NOT NULL REFERENCES processes(id),
      kind text NOT NULL,
      stage text NOT NULL,
      title text NOT NULL,
      allowed_outcomes text[] NOT NULL,
      candidate_roles text[] NOT NULL,
      required_data jsonb NOT NULL DEFAULT '[]',
      required_data_by_outcome jsonb NOT NULL DEFAULT '{}',
      excluded_actors text[] NOT NULL DEFAULT '{}',
      assignee_sub text,
      assignee_name text,
      status text NOT NULL,
      outcome text,
      completed_by text,
      due_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL,
      projection_seq integer NOT NULL)`);
    await db.query(`CREATE INDEX tasks_open ON tasks (status, due_at)`);
    await db.query(`CREATE INDEX tasks_process ON tasks (process_id)`);
    await db.query(`CREATE TABLE audit_events (
      id bigserial PRIMARY KEY,
      process_id uuid NOT NULL REFERENCES processes(id),
      seq integer NOT NULL,
      idx integer NOT NULL,
      at timestamptz NOT NULL,
      actor_sub text NOT NULL,
      actor_name text NOT NULL,
      kind text NOT NULL,
      stage text NOT NULL,
      task_id text,
      outcome text,
      notes text,
      data jsonb,
      UNIQUE (process_id, seq, idx))`);
    await db.query(`CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      idempotency_key text NOT NULL UNIQUE,
      process_id uuid,
      to_address text NOT NULL,
      subject text NOT NULL,
      kind text NOT NULL,
      body text NOT NULL,
      message_id text NOT NULL,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX notifications_process ON notifications (process_id)`);
    await db.query(`CREATE TABLE episodes_ceased (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      process_id uuid NOT NULL UNIQUE REFERENCES processes(id),
      child_id uuid NOT NULL REFERENCES children(id),
      date_ceased date NOT NULL,
      reason_code text NOT NULL)`);
    await db.query(`CREATE TABLE staff (
      sub text PRIMARY KEY,
      name text NOT NULL,
      email text,
      team text,
      roles text[] NOT NULL DEFAULT '{}')`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'staff',
      'episodes_ceased',
      'notifications',
      'audit_events',
      'tasks',
      'processes',
      'carers',
      'children',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
