import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { msToTs } from '@temporalio/common/lib/time';
import { freePortNotListening, REPO_ROOT, stackEnv, startAnotherApi, useTestStack } from '../support/stack';
import { TcpProxy, urlThrough } from '../support/tcp-proxy';

/**
 * What the API and the worker do when what they depend on goes away: every answer comes in
 * bounded time, as a 503 naming the part that is down, and a worker that stops polling exits.
 */
describe('outages', () => {
  const stack = useTestStack('outages');

  async function timed<T>(work: Promise<T>): Promise<{ result: T; ms: number }> {
    const started = Date.now();
    const result = await work;
    return { result, ms: Date.now() - started };
  }

  it('answers 503 naming Temporal within its call deadline when Temporal is unreachable, and takes the start back', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    const screening = await stack.drive.openTask(id, 'screening');
    const unreachable = `127.0.0.1:${await freePortNotListening()}`;
    const api = await startAnotherApi(stack, { TEMPORAL_ADDRESS: unreachable, TEMPORAL_CALL_TIMEOUT_MS: '1500' });
    try {
      const completion = await timed(
        api.http
          .post(`/tasks/${screening.id}/complete`)
          .set(...stack.drive.auth('socialWorker'))
          .send({ outcome: 'moving-to-sgo-now' }),
      );
      expect(completion.result.status).toBe(503);
      expect(completion.result.body.message).toMatch(/Temporal/);
      expect(completion.result.headers['retry-after']).toBe('5');
      expect(completion.ms).toBeLessThan(5_000);

      const otherChild = await stack.drive.createChild();
      const start = await timed(
        api.http
          .post('/processes/sgo-conversion')
          .set(...stack.drive.auth('manager'))
          .send({ childId: otherChild }),
      );
      expect(start.result.status).toBe(503);
      expect(start.result.body.message).toMatch(/Temporal/);
      expect(start.ms).toBeLessThan(5_000);
      // Nothing started, so the child is not left blocked by a read-model row of a process that never ran.
      await stack.drive.startConversion(otherChild);
    } finally {
      // The SDK's gRPC retry may still hold a timer for an attempt scheduled before the deadline (at
      // most 5 s × 1.2 jitter); closing the connection first makes that attempt throw "Channel has
      // been shut down" from the timer, outside any request. Let it run out against the open channel.
      await new Promise((resolve) => setTimeout(resolve, 6_500));
      await api.stop();
    }
    expect((await stack.drive.openTask(id, 'screening')).status).toBe('open');
  });

  it('answers 503 naming Temporal within its call deadline when no worker takes the update', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    const screening = await stack.drive.openTask(id, 'screening');
    const api = await startAnotherApi(stack, { TEMPORAL_CALL_TIMEOUT_MS: '2000' });
    await stack.worker.stop();
    try {
      const completion = await timed(
        api.http
          .post(`/tasks/${screening.id}/complete`)
          .set(...stack.drive.auth('socialWorker'))
          .send({ outcome: 'moving-to-sgo-now' }),
      );
      expect(completion.result.status).toBe(503);
      expect(completion.result.body.message).toMatch(/Temporal/);
      expect(completion.ms).toBeGreaterThanOrEqual(2_000);
      expect(completion.ms).toBeLessThan(6_000);
    } finally {
      await stack.worker.start();
      await api.stop();
    }
  });

  it('answers 503 naming PostgreSQL on reads, writes and sign-in while the database is unreachable, and recovers', async () => {
    const pg = new URL(stackEnv().databaseUrl);
    const proxy = await TcpProxy.start({ host: pg.hostname, port: Number(pg.port) });
    const api = await startAnotherApi(stack, {
      DATABASE_URL: urlThrough(proxy, stackEnv().databaseUrl),
      DATABASE_CONNECT_TIMEOUT_MS: '1500',
    });
    const manager = stack.drive.auth('manager');
    try {
      await api.http
        .get('/processes')
        .set(...manager)
        .expect(200);
      await proxy.cut();
      const requests = [
        api.http.get('/processes').set(...manager),
        api.http.get('/tasks').set(...manager),
        api.http.get(`/processes/${randomUUID()}`).set(...manager),
        api.http
          .post('/children')
          .set(...stack.drive.auth('socialWorker'))
          .send({ childRef: 'X1' }),
      ];
      for (const request of requests) {
        const { result, ms } = await timed(request);
        expect({ status: result.status, message: result.body.message }).toEqual({
          status: 503,
          message: expect.stringMatching(/PostgreSQL/),
        });
        expect(ms).toBeLessThan(5_000);
      }
      await proxy.restore();
      await api.http
        .get('/processes')
        .set(...manager)
        .expect(200);
    } finally {
      await api.stop();
      await proxy.cut();
    }
  });

  it('exits the worker with code 1 when it stops polling (its namespace is deleted)', async () => {
    const namespace = `outage-${Date.now().toString(36)}`;
    const service = stack.temporal.connection.workflowService;
    await service.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('1 day') });
    const worker = spawn(process.execPath, [join(REPO_ROOT, 'dist/apps/worker/src/main.js')], {
      env: { ...process.env, ...stack.env, TEMPORAL_NAMESPACE: namespace },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    worker.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => worker.once('exit', (code) => resolve(code)));
    try {
      await eventuallyIncludes(() => output, 'polling task queue', 30_000);
      await stack.temporal.connection.operatorService.deleteNamespace({ namespace });
      // The SDK retries a failing poll for a minute before it calls the failure fatal.
      const code = await Promise.race([
        exited,
        new Promise((resolve) => setTimeout(() => resolve('still running'), 200_000)),
      ]);
      expect({ code, output }).toEqual({ code: 1, output: expect.stringMatching(/exiting with code 1/) });
    } finally {
      if (worker.exitCode === null) worker.kill('SIGKILL');
    }
  }, 240_000);
});

async function eventuallyIncludes(read: () => string, text: string, ms: number): Promise<void> {
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (read().includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`never saw "${text}" in:\n${read()}`);
}
