import type { WorkflowHandle } from '@temporalio/client';
import { ErrorType, Role, type Actor } from '../../libs/domain/src';
import { expectRefusal, useWorkflowWorker } from '../support/workflow-worker';

const coordinator: Actor = { sub: 'llc-wf', name: 'Lee', roles: [Role.LlCoordinator] };
const FACTS = { dateOfBirth: '2012-06-01' };

/**
 * The Lifelong Links workflow on the real server with real activities and no API: consent before
 * anything is recorded, one safety decision per person found (open side by side, decided in any
 * order), and the young person's withdrawal cancelling every open task at once.
 */
describe('Lifelong Links workflow', () => {
  const wf = useWorkflowWorker('links-wf');

  async function referred() {
    const started = await wf.start('lifelong-links', FACTS, {}, { dateOfBirth: FACTS.dateOfBirth });
    await wf.complete(
      started.handle,
      await wf.openTask(started.processId, 'referral-decision'),
      coordinator,
      'accepted',
    );
    return started;
  }

  async function searching() {
    const started = await referred();
    await wf.complete(started.handle, await wf.openTask(started.processId, 'consent'), coordinator, 'consent-given', {
      parentalResponsibilityHolder: 'Kirklees Council (care order)',
    });
    await wf.openTask(started.processId, 'search');
    return started;
  }

  /** A person found: the row the API writes, then the event that tells the workflow. */
  async function found(handle: WorkflowHandle, processId: string, ref: string): Promise<string> {
    const [{ id }] = await wf.env.db.query(
      `INSERT INTO ll_connections (process_id, ref, name, relationship, how_found) VALUES ($1, $2, 'Someone', 'aunt', 'records') RETURNING id`,
      [processId, ref],
    );
    await wf.recordEvent(handle, 'connection-found', coordinator, { connectionId: id, connectionRef: ref });
    return id as string;
  }

  it('records nobody before consent: a connection during the referral is refused and changes nothing', async () => {
    const { handle, processId } = await referred();
    const consent = await wf.openTask(processId, 'consent');
    const before = await wf.summary(handle);
    await expectRefusal(
      wf.recordEvent(handle, 'connection-found', coordinator, { connectionId: 'c-1', connectionRef: 'C1' }),
      ErrorType.RuleRefused,
      /once the search has started, after consent/,
    );
    await expectRefusal(
      wf.recordEvent(handle, 'person-to-find-named', coordinator, { wishId: 'w-1' }),
      ErrorType.RuleRefused,
    );
    expect(await wf.summary(handle)).toEqual(before);
    expect(before.openTaskIds).toEqual([consent]);
    await handle.terminate('test finished');
  });

  it('opens a safety decision for each person found, side by side, decided in any order, and allows contact only after "safe"', async () => {
    const { handle, processId } = await searching();
    const first = await found(handle, processId, 'C1');
    const second = await found(handle, processId, 'C2');
    const tasks = await wf.openTasks(processId, 3);
    const safety = tasks.filter((t) => t.kind === 'safety-decision');
    expect(safety).toHaveLength(2);
    expect(tasks.map((t) => t.kind)).toContain('search');

    // The later one first: neither waits for the other.
    await wf.complete(handle, safety[1].id, coordinator, 'not-safe');
    await wf.complete(handle, safety[0].id, coordinator, 'safe-to-contact');
    const decisions = await wf.env.db.query(
      `SELECT ref, safety_decision FROM ll_connections WHERE process_id = $1 ORDER BY ref`,
      [processId],
    );
    expect(decisions).toEqual([
      { ref: 'C1', safety_decision: 'safe-to-contact' },
      { ref: 'C2', safety_decision: 'not-safe' },
    ]);
    await expectRefusal(
      wf.recordEvent(handle, 'contact-made', coordinator, { connectionId: second, outcome: 'willing' }),
      ErrorType.RuleRefused,
      /"not-safe" decision/,
    );
    await wf.recordEvent(handle, 'contact-made', coordinator, { connectionId: first, outcome: 'willing' });
    await handle.terminate('test finished');
  });

  it("ends the process when the young person withdraws consent, cancelling every open task, the safety decisions' too", async () => {
    const { handle, processId } = await searching();
    await found(handle, processId, 'C1');
    expect(await wf.openTasks(processId, 2)).toHaveLength(2);
    await expectRefusal(wf.recordEvent(handle, 'consent-withdrawn', coordinator, {}), ErrorType.RuleRefused);

    await wf.recordEvent(handle, 'consent-withdrawn', coordinator, { reason: 'I want to stop for now' });
    expect(await handle.result()).toMatchObject({ status: 'withdrawn', outcome: 'consent-withdrawn', openTaskIds: [] });
    const tasks: { kind: string; status: string }[] = await wf.env.db.query(
      `SELECT kind, status FROM tasks WHERE process_id = $1 AND kind IN ('search', 'safety-decision') ORDER BY kind`,
      [processId],
    );
    expect(tasks).toEqual([
      { kind: 'safety-decision', status: 'cancelled' },
      { kind: 'search', status: 'cancelled' },
    ]);
    const [row] = await wf.env.db.query(`SELECT status, outcome FROM processes WHERE id = $1`, [processId]);
    expect(row).toEqual({ status: 'withdrawn', outcome: 'consent-withdrawn' });
  });
});
