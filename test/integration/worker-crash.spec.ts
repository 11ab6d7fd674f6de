import type { DataSource } from 'typeorm';
import type { TestSmtpServer } from '../../scripts/lib/smtp-sink';
import { STEPS_TO_SGO, type ConversionDriver } from '../support/conversion';
import type { ApiUnderTest } from '../support/http';
import type { WorkerProcess } from '../support/stack';
import { startTestStack, type TestStack } from '../support/test-stack';

/** Nothing is lost and nothing is done twice when the worker is SIGKILLed mid-process. */
describe('a worker killed mid-process', () => {
  let db: DataSource;
  let smtp: TestSmtpServer;
  let worker: WorkerProcess;
  let api: ApiUnderTest;
  let drive: ConversionDriver;

  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack('crash', { sgoConversion: { timetableReviewInterval: 'PT3S' } });
    ({ db, smtp, worker, api, drive } = stack);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  /**
   * Kills the worker half-way between two timetable emails. A kill in the instant after the mail
   * server accepted a message and before PostgreSQL recorded it would send that one again (the
   * window SMTP leaves open; README); the allowance tests kill a worker while a send is in flight.
   */
  async function killBetweenSends(processId: string): Promise<void> {
    const sent = smtp.messages.filter((m) => m.headers.get('x-kinship-process') === processId).length;
    await smtp.waitFor(
      () => smtp.messages.filter((m) => m.headers.get('x-kinship-process') === processId).length > sent,
      10_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await worker.kill();
  }

  it('resumes after SIGKILL and completes the case with no duplicate audit row, task or email', async () => {
    const childId = await drive.createChild();
    const { id } = await drive.startConversion(childId);
    await drive.driveThrough(id, STEPS_TO_SGO.slice(0, 3));
    await killBetweenSends(id);
    // A person completes a task while no worker is running: the update waits for one.
    const completedWhileDown = drive.complete(id, STEPS_TO_SGO[3]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await worker.start();
    expect((await completedWhileDown).process.stage).toBe('notice-of-intention');

    await drive.driveThrough(id, STEPS_TO_SGO.slice(4, 7));
    await killBetweenSends(id);
    await worker.start();
    await drive.driveThrough(id, STEPS_TO_SGO.slice(7));

    const done = await api.http
      .get(`/processes/${id}`)
      .set(...drive.auth('manager'))
      .expect(200);
    expect(done.body).toMatchObject({ status: 'completed', outcome: 'sgo' });

    const duplicates = await db.query(
      `SELECT kind, task_id, count(*)::int AS n FROM audit_events WHERE process_id = $1 AND kind IN ('task-opened', 'task-completed', 'process-closed', 'care-episode-ended')
       GROUP BY kind, task_id HAVING count(*) > 1`,
      [id],
    );
    expect(duplicates).toEqual([]);
    const [{ completed }] = await db.query(
      `SELECT count(*)::int AS completed FROM audit_events WHERE process_id = $1 AND kind = 'task-completed'`,
      [id],
    );
    expect(completed).toBe(STEPS_TO_SGO.length);
    const [{ episodes }] = await db.query(
      `SELECT count(*)::int AS episodes FROM episodes_ceased WHERE process_id = $1`,
      [id],
    );
    expect(episodes).toBe(1);

    // Every recorded email arrived exactly once, and nothing arrived that was not recorded.
    const recorded: { message_id: string }[] = await db.query(
      `SELECT message_id FROM notifications WHERE process_id = $1`,
      [id],
    );
    const arrived = smtp.messages.filter((m) => m.headers.get('x-kinship-process') === id).map((m) => m.messageId);
    expect(recorded.length).toBeGreaterThan(0);
    expect(arrived.sort()).toEqual(recorded.map((r) => r.message_id).sort());
  });
});
