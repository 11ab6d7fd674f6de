import { DEFAULT_POLICY, mergePolicy } from '../../libs/domain/src';
import * as keys from '../../libs/domain/src/shared/search-attributes';
import { engineCompletions, updateWithStarts } from '../../bench/lib/engine';
import { NO_CPU } from '../../bench/lib/cpu';
import { reminderStorm } from '../../bench/lib/storm';
import { conversionInput } from '../../bench/lib/scenarios';
import { useTestStack } from '../support/stack';

/**
 * The bench's smoke (`npm run bench` itself is not a test): its engine baselines (starts and
 * completions straight through Temporal) and its reminder storm, in miniature on the test stack,
 * so a change that breaks them fails here, in seconds.
 */
describe('bench smoke', () => {
  const stack = useTestStack('bench-smoke', {
    policy: { mailboxes: { manager: 'managers@test.example', social_worker: 'sw-team@test.example' } },
  });
  const dist = { policy: mergePolicy(DEFAULT_POLICY, {}), keys };
  const input = (childId: string, processId: string) => ({ ...conversionInput(dist, childId), processId });

  const engineStarts = async (n: number) =>
    updateWithStarts(stack.temporal.client, stack.db, dist, {
      type: 'sgo-conversion',
      workflowType: 'sgoConversionWorkflow',
      taskQueue: stack.env.TEMPORAL_TASK_QUEUE,
      children: await Promise.all(Array.from({ length: n }, () => stack.drive.createChild())),
      concurrency: 2,
      input,
    });
  const taskRow = async (id: string, processId: string) =>
    (
      await stack.db.query(`SELECT kind, status, outcome FROM tasks WHERE id = $1 AND process_id = $2`, [id, processId])
    )[0];

  it('update-with-start answers with the first task already in the read model', async () => {
    const { summary, started } = await engineStarts(2);
    expect(summary.count).toBe(2);
    for (const { processId, firstTaskId } of started) {
      expect(await taskRow(firstTaskId, processId)).toEqual({ kind: 'screening', status: 'open', outcome: null });
    }
  });

  it("the engine's completeTask Update answers with the screening task completed in the read model", async () => {
    const { started } = await engineStarts(2);
    const tasks = started.map(({ workflowId, firstTaskId }) => ({ workflowId, taskId: firstTaskId }));
    const summary = await engineCompletions(stack.temporal.client, tasks, 2, NO_CPU);
    expect(summary.count).toBe(2);
    for (const { processId, firstTaskId } of started) {
      expect(await taskRow(firstTaskId, processId)).toEqual({
        kind: 'screening',
        status: 'completed',
        outcome: 'moving-to-sgo-now',
      });
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
