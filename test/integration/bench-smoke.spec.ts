import { DEFAULT_POLICY, mergePolicy } from '../../libs/domain/src';
import * as keys from '../../libs/domain/src/shared/search-attributes';
import { updateWithStarts } from '../../bench/lib/engine';
import { reminderStorm } from '../../bench/lib/storm';
import { conversionInput } from '../../bench/lib/scenarios';
import { useTestStack } from '../support/stack';

/**
 * The bench's smoke (`npm run bench` itself is not a test): its engine baseline and its reminder
 * storm, in miniature on the test stack, so a change that breaks them fails here, in seconds.
 */
describe('bench smoke', () => {
  const stack = useTestStack('bench-smoke', {
    policy: { mailboxes: { manager: 'managers@test.example', social_worker: 'sw-team@test.example' } },
  });
  const dist = { policy: mergePolicy(DEFAULT_POLICY, {}), keys };
  const input = (childId: string, processId: string) => ({ ...conversionInput(dist, childId), processId });

  it('update-with-start answers with the first task already in the read model', async () => {
    const children = [await stack.drive.createChild(), await stack.drive.createChild()];
    const { summary, started } = await updateWithStarts(stack.temporal.client, stack.db, dist, {
      type: 'sgo-conversion',
      workflowType: 'sgoConversionWorkflow',
      taskQueue: stack.env.TEMPORAL_TASK_QUEUE,
      children,
      concurrency: 2,
      input,
    });
    expect(summary.count).toBe(2);
    for (const { processId, firstTaskId } of started) {
      const [task] = await stack.db.query(`SELECT kind, status FROM tasks WHERE id = $1 AND process_id = $2`, [
        firstTaskId,
        processId,
      ]);
      expect(task).toEqual({ kind: 'screening', status: 'open' });
    }
  });

  it('a storm delivers every reminder due at one instant, once each', async () => {
    const children = await Promise.all([1, 2, 3].map(() => stack.drive.createChild()));
    const storm = await reminderStorm({
      temporal: stack.temporal.client,
      db: stack.db,
      dist,
      smtp: stack.smtp,
      taskQueue: stack.env.TEMPORAL_TASK_QUEUE,
      children,
      startRatePerSecond: 10,
      log: () => undefined,
      input: (childId: string, processId: string, policy: unknown) => ({ ...input(childId, processId), policy }),
      slackMs: 4_000,
      settleMs: 1_000,
    });
    expect(storm).toMatchObject({ expected: 3, delivered: 3, duplicates: 0, late: 0 });
    expect(storm.secondsToLast).toBeLessThan(30);
    // Queued in the outbox before the SMTP server had the last of them.
    expect(storm.secondsToLastQueued).toBeGreaterThan(0);
    expect(storm.secondsToLastQueued).toBeLessThanOrEqual(storm.secondsToLast);
  });
});
