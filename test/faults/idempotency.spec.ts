import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { startAnotherApi, useTestStack } from '../support/stack';

/** Idempotency-Key: a retry answers what the first attempt did, and nothing is done twice. */
describe('Idempotency-Key', () => {
  const stack = useTestStack('idempotency');

  async function screeningTask(): Promise<{ processId: string; taskId: string }> {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    return { processId: id, taskId: (await stack.drive.openTask(id, 'screening')).id };
  }

  function complete(taskId: string, key: string, body: object = { outcome: 'moving-to-sgo-now' }, api = stack.api) {
    return api.http
      .post(`/tasks/${taskId}/complete`)
      .set(...stack.drive.auth('socialWorker'))
      .set('Idempotency-Key', key)
      .send(body);
  }

  async function auditCount(processId: string, kind: string): Promise<number> {
    const [{ n }] = await stack.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE process_id = $1 AND kind = $2`,
      [processId, kind],
    );
    return n;
  }

  it('answers a retried completion with the same status and body, without completing it again', async () => {
    const { processId, taskId } = await screeningTask();
    const key = randomUUID();
    const first = await complete(taskId, key);
    expect(first.status).toBe(200);
    expect(first.body.task.status).toBe('completed');
    const retry = await complete(taskId, key);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await auditCount(processId, 'task-completed')).toBe(1);
    // Without the key, the same request is a new one, and the task is no longer open.
    await stack.api.http
      .post(`/tasks/${taskId}/complete`)
      .set(...stack.drive.auth('socialWorker'))
      .send({ outcome: 'moving-to-sgo-now' })
      .expect(409);
  });

  it('refuses the same key with another body or route (422), and a malformed key (400), changing nothing', async () => {
    const { processId, taskId } = await screeningTask();
    const key = randomUUID();
    const refused = await complete(taskId, key, { outcome: 'not-an-outcome' });
    expect(refused.status).toBe(422);
    const other = await complete(taskId, key, { outcome: 'moving-to-sgo-now' });
    expect(other.status).toBe(422);
    expect(other.body.message).toMatch(/Idempotency-Key.*different request/);
    const claim = await stack.api.http
      .post(`/tasks/${taskId}/claim`)
      .set(...stack.drive.auth('socialWorker'))
      .set('Idempotency-Key', key);
    expect(claim.status).toBe(422);
    // The refusal of the first request is itself the kept answer.
    expect((await complete(taskId, key, { outcome: 'not-an-outcome' })).body.message).toBe(refused.body.message);

    for (const bad of ['x'.repeat(201), 'tab\there', 'caf\u00e9']) {
      const res = await complete(taskId, bad);
      expect({ status: res.status, message: res.body.message }).toEqual({
        status: 400,
        message: expect.stringMatching(/^Idempotency-Key/),
      });
    }
    expect((await stack.drive.openTask(processId, 'screening')).status).toBe('open');
    expect(await auditCount(processId, 'task-completed')).toBe(0);
  });

  it('lets exactly one of parallel duplicates act: one audit row, the rest the same answer or 409 in flight', async () => {
    const { processId, taskId } = await screeningTask();
    const key = randomUUID();
    const claims = await Promise.all(
      Array.from({ length: 10 }, () =>
        stack.api.http
          .post(`/tasks/${taskId}/claim`)
          .set(...stack.drive.auth('socialWorker'))
          .set('Idempotency-Key', key),
      ),
    );
    const statuses = claims.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    const answered = claims.filter((r) => r.status === 200);
    expect(answered.length).toBeGreaterThanOrEqual(1);
    for (const r of answered) expect(r.body).toEqual(answered[0].body);
    for (const r of claims.filter((c) => c.status === 409)) expect(r.body.message).toMatch(/still in flight/);
    expect(await auditCount(processId, 'task-claimed')).toBe(1);

    const completions = await Promise.all(Array.from({ length: 10 }, () => complete(taskId, key)));
    // The same key was used for the claim: another route, so every completion is refused.
    expect(completions.every((r) => r.status === 422)).toBe(true);
    const completeKey = randomUUID();
    const parallel = await Promise.all(Array.from({ length: 10 }, () => complete(taskId, completeKey)));
    expect(parallel.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(parallel.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(await auditCount(processId, 'task-completed')).toBe(1);
  });

  it('answers a retried start with the same process and starts only one', async () => {
    const childId = await stack.drive.createChild();
    const key = randomUUID();
    const start = () =>
      stack.api.http
        .post('/processes/sgo-conversion')
        .set(...stack.drive.auth('manager'))
        .set('Idempotency-Key', key)
        .send({ childId });
    const first = await start();
    expect(first.status).toBe(201);
    const retry = await start();
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM processes WHERE child_id = $1`, [childId]);
    expect(n).toBe(1);
  });

  /**
   * Sends a completion with `key` to an API process that gives up on Temporal after 2 s, while no
   * worker runs (503), starts the worker again and hands `then` that impatient API for retries.
   */
  async function afterACompletionTimedOut(
    taskId: string,
    key: string,
    then: (impatient: typeof stack.api) => Promise<void>,
  ) {
    const impatient = await startAnotherApi(stack, { TEMPORAL_CALL_TIMEOUT_MS: '2000' });
    let workerDown = false;
    try {
      await stack.worker.stop();
      workerDown = true;
      const timedOut = await complete(taskId, key, undefined, impatient);
      expect(timedOut.status).toBe(503);
      expect(timedOut.body.message).toMatch(/Temporal/);
      await stack.worker.start();
      workerDown = false;
      await then(impatient);
    } finally {
      if (workerDown) await stack.worker.start();
      await impatient.stop();
    }
  }

  it('tells the truth on a retry after a 503: the completion applied once, answered 200 with the current state', async () => {
    const { processId, taskId } = await screeningTask();
    const key = randomUUID();
    await afterACompletionTimedOut(taskId, key, async (impatient) => {
      // Whether Temporal kept the first update for the worker's return or not, the retry says what
      // is now true; sent to the other API process, as a client behind a load balancer would.
      const retry = await complete(taskId, key);
      expect(retry.status).toBe(200);
      expect(retry.body.task).toMatchObject({ id: taskId, status: 'completed', outcome: 'moving-to-sgo-now' });
      expect(retry.body.process.stage).toBe('carer-discussion');
      expect(await auditCount(processId, 'task-completed')).toBe(1);
      // And the answer now stands for every later retry.
      expect((await complete(taskId, key, undefined, impatient)).body).toEqual(retry.body);
    });
  });

  it('answers 200, not 409, to a retry after a 503 that finds the first completion already projected', async () => {
    const { processId, taskId } = await screeningTask();
    const key = randomUUID();
    await afterACompletionTimedOut(taskId, key, async () => {
      // The worker applies the update Temporal kept; the read model shows it before the client retries.
      await eventually(async () => {
        const [{ status }] = await stack.db.query(`SELECT status FROM tasks WHERE id = $1`, [taskId]);
        expect(status).toBe('completed');
      });
      const retry = await complete(taskId, key);
      expect(retry.status).toBe(200);
      expect(retry.body.task).toMatchObject({ id: taskId, status: 'completed' });
      expect(await auditCount(processId, 'task-completed')).toBe(1);
      // A new key is no retry of that completion: the same person is refused, the task is completed.
      expect((await complete(taskId, randomUUID())).status).toBe(409);
    });
  });
});
