import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { freePortNotListening, useTestStack, WorkerProcess } from '../support/stack';
import { TcpProxy, urlThrough } from '../support/tcp-proxy';

/**
 * Email goes through the outbox (the notifications table): a case never waits on SMTP, and no
 * message is lost or sent twice when the mail server is down or the worker dies mid-send.
 */
describe('the email outbox', () => {
  const stack = useTestStack('outbox', { policy: { sgoConversion: { timetableReviewInterval: 'PT2S' } } });

  type Row = { message_id: string; status: string; attempts: number };
  const rows = (processId: string): Promise<Row[]> =>
    stack.db.query(`SELECT message_id, status, attempts FROM notifications WHERE process_id = $1 ORDER BY created_at`, [
      processId,
    ]);
  const arrived = (processId: string) =>
    stack.smtp.messages.filter((m) => m.headers.get('x-kinship-process') === processId).map((m) => m.messageId);
  /**
   * Withdraws the case as a client should just after a worker restart: a 503 (the killed worker's
   * sticky task still timing out) is retried with the same Idempotency-Key, which answers what
   * actually happened.
   */
  const withdraw = async (processId: string) => {
    const key = randomUUID();
    const send = () =>
      stack.api.http
        .post(`/processes/${processId}/withdraw`)
        .set(...stack.drive.auth('manager'))
        .set('Idempotency-Key', key)
        .send({ reason: 'test finished' });
    let res = await send();
    for (let retry = 0; res.status === 503 && retry < 3; retry += 1) res = await send();
    expect(res.status).toBe(200);
  };

  it('keeps email pending while SMTP is down (depth on /metrics), the case moving on, then sends each once', async () => {
    const smtpProxy = await TcpProxy.start({ host: '127.0.0.1', port: stack.smtp.port });
    await smtpProxy.cut();
    const healthPort = await freePortNotListening();
    await stack.worker.stop();
    const worker = new WorkerProcess({
      ...stack.env,
      SMTP_URL: urlThrough(smtpProxy, stack.env.SMTP_URL),
      WORKER_HEALTH_PORT: String(healthPort),
      OUTBOX_MAX_RETRY_INTERVAL_MS: '1000',
    });
    await worker.start();
    try {
      const { id } = await stack.drive.startConversion(await stack.drive.createChild());
      // The case does not wait on the mail server: the completion answers at once.
      const started = Date.now();
      await stack.drive.complete(id, { kind: 'screening', as: 'socialWorker', outcome: 'moving-to-sgo-now' });
      expect(Date.now() - started).toBeLessThan(5_000);
      const queued = await eventually(async () => {
        const now = await rows(id);
        expect(now.length).toBeGreaterThanOrEqual(3);
        expect(now.every((r) => r.status === 'pending')).toBe(true);
        return now;
      }, 30_000);
      expect(arrived(id)).toEqual([]);
      await eventually(async () => {
        const metrics = await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
        const depth = Number(/^kinship_outbox_pending (\d+)$/m.exec(metrics)?.[1]);
        expect(depth).toBeGreaterThanOrEqual(queued.length);
        expect(metrics).toMatch(/^kinship_outbox_retries_total [1-9]\d*$/m);
        expect(metrics).toMatch(/^kinship_cases_failed \d+$/m);
      });

      await smtpProxy.restore();
      await withdraw(id);
      await eventually(async () => {
        const now = await rows(id);
        expect(now.every((r) => r.status === 'sent')).toBe(true);
        // Retried while the relay was down, then sent: every recorded message arrived exactly once.
        expect(now.slice(0, queued.length).every((r) => r.attempts > 1)).toBe(true);
        expect(arrived(id).sort()).toEqual(now.map((r) => r.message_id).sort());
      }, 30_000);
      const metrics = await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
      expect(metrics).toMatch(/^kinship_outbox_sent_total [1-9]\d*$/m);
    } finally {
      await worker.stop();
      await smtpProxy.cut();
      await stack.worker.start();
    }
  }, 120_000);

  it('sends a message once when the worker is killed while the mail server holds its acceptance', async () => {
    const inFlight = stack.smtp.holdNextAcceptance(3_000);
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    const held = await inFlight;
    await stack.worker.kill();
    // The kill dropped the sender's PostgreSQL connection, and with it the row's lock: still pending.
    const [row] = await stack.db.query(`SELECT status FROM notifications WHERE message_id = $1`, [held.messageId]);
    expect(row.status).toBe('pending');
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    await stack.worker.start();
    await withdraw(id);
    await eventually(async () => {
      const now = await rows(id);
      expect(now.every((r) => r.status === 'sent')).toBe(true);
      expect(arrived(id).filter((m) => m === held.messageId)).toHaveLength(1);
      expect(arrived(id).sort()).toEqual(now.map((r) => r.message_id).sort());
    }, 30_000);
  }, 90_000);
});
