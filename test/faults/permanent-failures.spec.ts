import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FailedCaseReview, failedCaseReviewTaskId } from '../../libs/domain/src';
import { dataSourceOptions } from '../../libs/persistence/src';
import { eventually } from '../support/eventually';
import { stackEnv, useTestStack } from '../support/stack';

/**
 * Makes PostgreSQL refuse (23514, as a CHECK constraint would) the open carer-discussion task of
 * one process, so that process alone fails for good; every other test's rows pass. Installed as
 * the schema's owner, which the application's role is not.
 */
async function refuseCarerDiscussionOf(processId: string): Promise<() => Promise<void>> {
  const owner = await new DataSource(dataSourceOptions(stackEnv().migrationDatabaseUrl)).initialize();
  const name = `test_refuse_${processId.replace(/-/g, '_')}`;
  await owner.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'refused by the test trigger' USING ERRCODE = 'check_violation';
    END $$`);
  await owner.query(`CREATE TRIGGER ${name} BEFORE INSERT ON tasks FOR EACH ROW
    WHEN (NEW.process_id = '${processId}' AND NEW.kind = 'carer-discussion' AND NEW.status = 'open')
    EXECUTE FUNCTION ${name}()`);
  return async () => {
    await owner.query(`DROP TRIGGER IF EXISTS ${name} ON tasks`);
    await owner.query(`DROP FUNCTION IF EXISTS ${name}()`);
    await owner.destroy();
  };
}

/** A failure no retry can mend is shown on the case, and does not hold the case up. */
describe('permanent failures', () => {
  // The test SMTP server refuses every address at refused.example with 550, as a real server
  // refuses an unknown mailbox; the managers' mailbox is one of those.
  const stack = useTestStack('permanent', {
    policy: {
      sgoConversion: { timetableReviewInterval: 'PT2S' },
      mailboxes: { manager: 'managers@refused.example' },
    },
  });

  it('records an email the mail server refused (550) on the timeline once, and the case carries on', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    const timeline = async () =>
      (
        await stack.api.http
          .get(`/processes/${id}/timeline`)
          .set(...stack.drive.auth('manager'))
          .expect(200)
      ).body as { kind: string; notes?: string }[];

    const failed = await eventually(async () => {
      const event = (await timeline()).find((e) => e.kind === 'notification-failed');
      if (!event) throw new Error('no notification-failed event yet');
      return event;
    }, 30_000);
    expect(failed.notes).toMatch(/rejected the message \(550\)/);
    // Not retried: the next review comes round and is refused in its turn, each once.
    await eventually(async () => {
      const kinds = (await timeline()).map((e) => e.kind);
      expect(kinds.filter((k) => k === 'timetable-review-due').length).toBeGreaterThanOrEqual(2);
    }, 30_000);
    const [{ sends }] = await stack.db.query(
      `SELECT count(*)::int AS sends FROM notifications WHERE process_id = $1 AND sent_at IS NOT NULL`,
      [id],
    );
    expect(sends).toBe(0);
    // The outbox tried each once and marked it failed; each refusal is on the timeline once.
    // The dispatcher sends after the workflow has moved on: wait until it has tried the second review's.
    const outbox = await eventually(async () => {
      const rows: { status: string; attempts: number; last_error: string }[] = await stack.db.query(
        `SELECT status, attempts, last_error FROM notifications WHERE process_id = $1 AND status <> 'pending'`,
        [id],
      );
      expect(rows.length).toBeGreaterThanOrEqual(2);
      return rows;
    }, 30_000);
    expect(outbox.every((n) => n.status === 'failed' && n.attempts === 1)).toBe(true);
    expect(outbox[0].last_error).toMatch(/rejected the message \(550\)/);
    const refusals = (await timeline()).filter((e) => e.kind === 'notification-failed').length;
    const [{ failedRows }] = await stack.db.query(
      `SELECT count(*)::int AS "failedRows" FROM notifications WHERE process_id = $1 AND status = 'failed'`,
      [id],
    );
    expect(refusals).toBeGreaterThanOrEqual(outbox.length);
    expect(refusals).toBeLessThanOrEqual(failedRows);
    await stack.drive.complete(id, { kind: 'screening', as: 'socialWorker', outcome: 'moving-to-sgo-now' });
    expect((await stack.drive.openTask(id, 'carer-discussion')).status).toBe('open');
  });

  it('gives a case that failed a manager task, which only a manager completes, once, in the read model', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    const screening = await stack.drive.openTask(id, 'screening');
    const restore = await refuseCarerDiscussionOf(id);
    try {
      // The completion's projection is refused for good: the case closes failed.
      await stack.api.http
        .post(`/tasks/${screening.id}/complete`)
        .set(...stack.drive.auth('socialWorker'))
        .send({ outcome: 'moving-to-sgo-now' });
      await eventually(async () => {
        const res = await stack.api.http
          .get(`/processes/${id}`)
          .set(...stack.drive.auth('manager'))
          .expect(200);
        expect(res.body.status).toBe('failed');
      }, 30_000);
    } finally {
      await restore();
    }
    const taskId = failedCaseReviewTaskId(id);
    const inbox = await stack.api.http
      .get('/tasks')
      .query({ role: 'manager', processId: id })
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(inbox.body.items).toEqual([
      expect.objectContaining({
        id: taskId,
        kind: 'failed-case-review',
        title: 'Look into a case that stopped',
        candidateRoles: ['manager'],
        allowedOutcomes: ['acknowledged', 'restarted-by-hand'],
        status: 'open',
      }),
    ]);
    const timeline = async () =>
      (
        await stack.api.http
          .get(`/processes/${id}/timeline`)
          .set(...stack.drive.auth('manager'))
          .expect(200)
      ).body as { kind: string; taskId?: string; notes?: string; outcome?: string }[];
    const opened = (await timeline()).filter((e) => e.kind === 'task-opened' && e.taskId === taskId);
    expect(opened).toHaveLength(1);
    // The reason in words; the database's own message stays off the manager's task.
    expect(opened[0].notes).toBe(FailedCaseReview.reason);
    expect(opened[0].notes).not.toMatch(/trigger|check_violation|23514/);

    const complete = (as: 'manager' | 'socialWorker', outcome: string, key = randomUUID()) =>
      stack.api.http
        .post(`/tasks/${taskId}/complete`)
        .set(...stack.drive.auth(as))
        .set('Idempotency-Key', key)
        .send({ outcome, notes: 'Record corrected; started again' });
    await complete('socialWorker', 'acknowledged').expect(403);
    await complete('manager', 'forgotten').expect(422);
    const key = randomUUID();
    const done = await complete('manager', 'acknowledged', key).expect(200);
    expect(done.body.task).toMatchObject({ id: taskId, status: 'completed', outcome: 'acknowledged' });
    expect(done.body.process).toMatchObject({ id, status: 'failed', openTasks: [] });
    // A retry with the same key answers the same; a new completion is refused.
    const replayed = await complete('manager', 'acknowledged', key).expect(200);
    expect(replayed.body).toEqual(done.body);
    await complete('manager', 'acknowledged').expect(409);

    const completions = (await timeline()).filter((e) => e.kind === 'task-completed' && e.taskId === taskId);
    expect(completions).toMatchObject([{ outcome: 'acknowledged', notes: 'Record corrected; started again' }]);
    const [{ rows }] = await stack.db.query(
      `SELECT count(*)::int AS rows FROM audit_events WHERE task_id = $1 AND kind = 'task-completed'`,
      [taskId],
    );
    expect(rows).toBe(1);
    const inboxAfter = await stack.api.http
      .get('/tasks')
      .query({ processId: id })
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(inboxAfter.body.items).toEqual([]);
  });
});
