import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src';
import { startCluster, type Cluster } from '../../scripts/lib/cluster';
import { STEPS_TO_SGO } from '../support/conversion';
import { childBody } from '../support/http';
import { REPO_ROOT } from '../support/stack';

/**
 * The production topology (Temporal server on PostgreSQL, two workers, two APIs) loses one worker
 * and one API process, SIGKILLed, while conversions are being started and completed through both
 * APIs; nothing is lost, done twice or answered falsely. Run by `npm run test:cluster` (README).
 */
const CASES = 10;
const KILL_AFTER_ANSWERS = 8; // of CASES * 3 load requests
const IN_FLIGHT = /still in flight/;

interface Answer {
  status: number;
  body: Record<string, unknown>;
  attempts: number;
}

describe('the cluster under load, losing a worker and an API', () => {
  let cluster: Cluster;
  let answered = 0;
  const onAnswered: (() => void)[] = [];
  const retried: string[] = [];

  beforeAll(async () => {
    cluster = await startCluster({
      dataDir: join(REPO_ROOT, '.cluster-test-data'),
      // A killed API's keys stay "in flight" for 2 × this + 30 s before a retry takes them over.
      env: { TEMPORAL_CALL_TIMEOUT_MS: '5000', RATE_LIMIT_WRITES_PER_MINUTE: '1000000' },
      log: () => undefined,
    });
  }, 600_000);
  afterAll(async () => cluster?.stop(), 120_000);

  /**
   * A client behind a load balancer: sends to one API and, on no answer, a 503 or a key still in
   * flight, sends the same request with the same Idempotency-Key again, to the next API.
   */
  async function send(first: number, method: string, path: string, token: string, body?: unknown, key?: string) {
    for (let attempt = 1; attempt <= 60; attempt++) {
      const api = cluster.apis[(first + attempt - 1) % cluster.apis.length];
      let answer: Answer | undefined;
      try {
        const res = await fetch(`${api.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            ...(key ? { 'idempotency-key': key } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(60_000),
        });
        answer = { status: res.status, body: (await res.json()) as Record<string, unknown>, attempts: attempt };
      } catch {
        answer = undefined; // no answer: the process died with the request, or refused the connection
      }
      const retry =
        !answer || answer.status === 503 || (answer.status === 409 && IN_FLIGHT.test(String(answer.body.message)));
      if (!retry) {
        if (attempt > 1) retried.push(`${method} ${path}: ${answer!.status} after ${attempt} attempts`);
        return answer!;
      }
      if (!key && method !== 'GET') throw new Error(`${method} ${path} got no answer and has no key to retry with`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    throw new Error(`${method} ${path} never answered`);
  }

  async function token(sub: string, role: string): Promise<string> {
    const res = await fetch(`${cluster.apis[0].url}/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        sub,
        name: `Cluster ${sub}`,
        roles: [role],
        email: `${sub}@council.example`,
        team: 'team-cluster',
      }),
    });
    return ((await res.json()) as { token: string }).token;
  }

  function loadAnswered(): void {
    answered += 1;
    onAnswered.splice(0).forEach((f) => f());
  }

  it('answers every request truthfully and loses or repeats nothing', async () => {
    const socialWorker = await token('cluster-sw', 'social_worker');
    const manager = await token('cluster-mgr', 'manager');
    const children: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const res = await send(i, 'POST', '/children', socialWorker, childBody());
      expect(res.status).toBe(201);
      children.push(String(res.body.id));
    }

    // One case: started through one API, its first two tasks completed through alternating ones.
    const runCase = async (i: number) => {
      const start = await send(i, 'POST', '/processes/sgo-conversion', manager, { childId: children[i] }, randomUUID());
      expect(start.status).toBe(201);
      loadAnswered();
      const id = String(start.body.id);
      let openTasks = start.body.openTasks as { id: string; kind: string }[];
      let last: Answer | undefined;
      for (const [n, step] of STEPS_TO_SGO.slice(0, 2).entries()) {
        const task = openTasks.find((t) => t.kind === step.kind);
        expect(task).toBeDefined();
        const completion = { outcome: step.outcome, data: step.data, notes: `${step.kind} done` };
        last = await send(i + n + 1, 'POST', `/tasks/${task!.id}/complete`, socialWorker, completion, randomUUID());
        expect(last).toMatchObject({ status: 200 });
        loadAnswered();
        openTasks = (last.body.process as { openTasks: { id: string; kind: string }[] }).openTasks;
      }
      return { id, childId: children[i], answer: last!.body.process as { stage: string; status: string } };
    };

    const killed = new Promise<void>((resolve) => {
      const check = () => (answered >= KILL_AFTER_ANSWERS ? resolve() : onAnswered.push(check));
      check();
    }).then(() =>
      Promise.all([
        cluster.workers[0].handle.stop({ signal: 'SIGKILL' }),
        cluster.apis[0].handle.stop({ signal: 'SIGKILL' }),
      ]),
    );
    const cases = await Promise.all(Array.from({ length: CASES }, (_, i) => runCase(i)));
    await killed;
    expect(cluster.workers[0].handle.exitInfo?.signal).toBe('SIGKILL');
    expect(cluster.apis[0].handle.exitInfo?.signal).toBe('SIGKILL');

    // The survivors answer what each completion answered: the read model holds what was told.
    for (const c of cases) {
      const now = await send(1, 'GET', `/processes/${c.id}`, manager);
      expect(now.status).toBe(200);
      expect(now.body).toMatchObject({ stage: c.answer.stage, status: c.answer.status });
      expect((now.body.openTasks as { kind: string }[]).map((t) => t.kind)).toEqual([STEPS_TO_SGO[2].kind]);
    }

    const db = await new DataSource(dataSourceOptions(cluster.pg.url)).initialize();
    try {
      const ids = cases.map((c) => c.id);
      type Row = { process_id: string; kind: string; status: string; n: number };
      const perChild: Row[] = await db.query(
        'SELECT child_id, count(*)::int AS n FROM processes WHERE child_id = ANY($1) GROUP BY child_id',
        [children],
      );
      expect(perChild.map((r) => r.n)).toEqual(Array(CASES).fill(1)); // no start twice
      const audit: Row[] = await db.query(
        `SELECT process_id, kind, count(*)::int AS n FROM audit_events WHERE process_id = ANY($1)
         AND kind IN ('process-started', 'task-completed') GROUP BY process_id, kind`,
        [ids],
      );
      for (const id of ids) {
        const of = (kind: string) => audit.find((r) => r.process_id === id && r.kind === kind)?.n ?? 0;
        expect({ id, started: of('process-started'), completed: of('task-completed') }).toEqual({
          id,
          started: 1,
          completed: 2,
        });
      }
      const tasks: Row[] = await db.query(
        'SELECT process_id, status, count(*)::int AS n FROM tasks WHERE process_id = ANY($1) GROUP BY process_id, status',
        [ids],
      );
      for (const id of ids) {
        const of = (status: string) => tasks.find((r) => r.process_id === id && r.status === status)?.n ?? 0;
        expect({ id, open: of('open'), completed: of('completed') }).toEqual({ id, open: 1, completed: 2 });
      }
    } finally {
      await db.destroy();
    }

    // Restarted, the killed worker and API serve again, and agree with the rest.
    await cluster.workers[0].start();
    await cluster.apis[0].start();
    const again = await send(0, 'GET', `/processes/${cases[0].id}`, manager);
    expect(again.body).toMatchObject({ stage: cases[0].answer.stage });
    console.log(`cluster failover: ${CASES * 3} load requests, ${retried.length} retried:\n  ${retried.join('\n  ')}`);
  }, 600_000);
});
