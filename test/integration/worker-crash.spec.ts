import { randomUUID } from 'node:crypto';
import { STEPS_TO_SGO, type Step } from '../support/conversion';
import { eventually } from '../support/eventually';
import { useTestStack } from '../support/stack';

/** Nothing is lost and nothing is done twice when the worker is SIGKILLed mid-process. */
describe('a worker killed mid-process', () => {
  const stack = useTestStack('crash', { policy: { sgoConversion: { timetableReviewInterval: 'PT3S' } } });

  /**
   * Kills the worker half-way between two timetable emails. A kill in the instant after the mail
   * server accepted a message and before PostgreSQL recorded it would send that one again (the
   * window SMTP leaves open; README); the allowance tests kill a worker while a send is in flight.
   */
  async function killBetweenSends(processId: string): Promise<void> {
    const sent = stack.smtp.messages.filter((m) => m.headers.get('x-kinship-process') === processId).length;
    await stack.smtp.waitFor(
      () => stack.smtp.messages.filter((m) => m.headers.get('x-kinship-process') === processId).length > sent,
      10_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await stack.worker.kill();
  }

  /** A client that sends its completion with an Idempotency-Key and sends it again after a 503. */
  async function completeRetryingOn503(processId: string, step: Step) {
    const task = await stack.drive.openTask(processId, step.kind);
    const key = randomUUID();
    for (let attempt = 1; ; attempt++) {
      const res = await stack.api.http
        .post(`/tasks/${task.id}/complete`)
        .set(...stack.drive.auth(step.as))
        .set('Idempotency-Key', key)
        .send({ outcome: step.outcome, data: step.data, notes: `${step.kind} done` });
      if (res.status === 200) return res.body;
      if (res.status !== 503 || attempt === 5)
        throw new Error(`completing ${step.kind} answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
  }

  it('resumes after SIGKILL and completes the case with no duplicate audit row, task or email', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    await stack.drive.driveThrough(id, STEPS_TO_SGO.slice(0, 3));
    await killBetweenSends(id);
    // A person completes a task while no worker is running: the update waits for one, up to the
    // API's deadline (503), and a retry with the same Idempotency-Key finds out what happened.
    const completedWhileDown = completeRetryingOn503(id, STEPS_TO_SGO[3]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await stack.worker.start();
    expect((await completedWhileDown).process.stage).toBe('notice-of-intention');

    await stack.drive.driveThrough(id, STEPS_TO_SGO.slice(4, 7));
    await killBetweenSends(id);
    await stack.worker.start();
    await stack.drive.driveThrough(id, STEPS_TO_SGO.slice(7));

    const done = await stack.api.http
      .get(`/processes/${id}`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(done.body).toMatchObject({ status: 'completed', outcome: 'sgo' });

    const duplicates = await stack.db.query(
      `SELECT kind, task_id, count(*)::int AS n FROM audit_events WHERE process_id = $1 AND kind IN ('task-opened', 'task-completed', 'process-closed', 'care-episode-ended')
       GROUP BY kind, task_id HAVING count(*) > 1`,
      [id],
    );
    expect(duplicates).toEqual([]);
    const [{ completed }] = await stack.db.query(
      `SELECT count(*)::int AS completed FROM audit_events WHERE process_id = $1 AND kind = 'task-completed'`,
      [id],
    );
    expect(completed).toBe(STEPS_TO_SGO.length);
    const [{ episodes }] = await stack.db.query(
      `SELECT count(*)::int AS episodes FROM episodes_ceased WHERE process_id = $1`,
      [id],
    );
    expect(episodes).toBe(1);

    // Every recorded email arrived exactly once, and nothing arrived that was not recorded, once
    // the outbox has sent what the case queued last.
    await eventually(async () => {
      const recorded: { message_id: string; status: string }[] = await stack.db.query(
        `SELECT message_id, status FROM notifications WHERE process_id = $1`,
        [id],
      );
      const arrived = stack.smtp.messages
        .filter((m) => m.headers.get('x-kinship-process') === id)
        .map((m) => m.messageId);
      expect(recorded.length).toBeGreaterThan(0);
      expect(recorded.every((r) => r.status === 'sent')).toBe(true);
      expect(arrived.sort()).toEqual(recorded.map((r) => r.message_id).sort());
    });
  });
});
