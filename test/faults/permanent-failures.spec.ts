import { eventually } from '../support/eventually';
import { useTestStack } from '../support/stack';

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
    const outbox: { status: string; attempts: number; last_error: string }[] = await stack.db.query(
      `SELECT status, attempts, last_error FROM notifications WHERE process_id = $1 AND status <> 'pending'`,
      [id],
    );
    expect(outbox.length).toBeGreaterThanOrEqual(2);
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
});
