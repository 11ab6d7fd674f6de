import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifications table becomes the email outbox: the notify activity only inserts a rendered
 * row (`pending`), and the worker's dispatcher sends it, retrying with backoff until it is `sent`
 * or `failed` (refused by the mail server, or out of attempts). Rows reserved by the old
 * send-inline activity but never marked sent are pending, so the dispatcher sends them.
 * `task_queue` is the queue of the worker that queued it: only workers of that queue send it, so
 * two deployments (or test stacks) sharing a database never send each other's mail; rows from
 * before this have none and any worker sends them. The app role's rights on the table are
 * unchanged (granted by 1764800000000).
 */
export class NotificationOutbox1764825000000 implements MigrationInterface {
  name = 'NotificationOutbox1764825000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications
      ADD COLUMN status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
      ADD COLUMN attempts integer NOT NULL DEFAULT 0,
      ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
      ADD COLUMN last_error text,
      ADD COLUMN failed_at timestamptz,
      ADD COLUMN task_queue text`);
    await db.query(`UPDATE notifications SET status = 'sent' WHERE sent_at IS NOT NULL`);
    await db.query(`CREATE INDEX notifications_pending ON notifications (next_attempt_at) WHERE status = 'pending'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notifications_pending`);
    await db.query(`ALTER TABLE notifications DROP COLUMN status, DROP COLUMN attempts, DROP COLUMN next_attempt_at,
      DROP COLUMN last_error, DROP COLUMN failed_at,
      DROP COLUMN task_queue`);
  }
}
