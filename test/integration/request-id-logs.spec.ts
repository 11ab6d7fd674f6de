import { randomUUID } from 'node:crypto';
import { STEPS_TO_SGO } from '../support/conversion';
import { eventually } from '../support/eventually';
import { useTestStack } from '../support/stack';

// The worker process inherits this: DEBUG shows the SDK's own "Activity completed" lines, which
// carry the request id too (at the default WARN only failures do; the workflow's lines are INFO).
const savedLogLevel = process.env.TEMPORAL_LOG_LEVEL;
process.env.TEMPORAL_LOG_LEVEL = 'DEBUG';
afterAll(() => {
  if (savedLogLevel === undefined) delete process.env.TEMPORAL_LOG_LEVEL;
  else process.env.TEMPORAL_LOG_LEVEL = savedLogLevel;
});

type LogLine = Record<string, unknown> & { message?: unknown; requestId?: unknown };

/** A request id sent to the API shows up on the worker's log lines for that request (README, "Logs"). */
describe('request ids from the API in the worker logs', () => {
  const stack = useTestStack('request-id-logs');

  const lines = (): LogLine[] =>
    stack.worker.output
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as LogLine);

  const linesOf = (requestId: string) => lines().filter((line) => line.requestId === requestId);

  const workflowIdOf = async (processId: string): Promise<string> => {
    const rows: { workflow_id: string }[] = await stack.db.query('SELECT workflow_id FROM processes WHERE id = $1', [
      processId,
    ]);
    return rows[0].workflow_id;
  };

  it('writes every worker log line as one JSON object', async () => {
    await stack.drive.startConversion(await stack.drive.createChild());
    expect(() => lines()).not.toThrow();
    expect(lines().some((line) => line.message === 'worker started' && line.context === 'Bootstrap')).toBe(true);
  });

  it('carries the X-Request-Id of a start onto the workflow started line and its activities', async () => {
    const childId = await stack.drive.createChild();
    const requestId = `start-${randomUUID()}`;
    const res = await stack.api.http
      .post('/processes/sgo-conversion')
      .set(...stack.drive.auth('manager'))
      .set('X-Request-Id', requestId)
      .send({ childId })
      .expect(201);
    expect(res.headers['x-request-id']).toBe(requestId);
    const workflowId = await workflowIdOf(res.body.id);

    await eventually(() => {
      const mine = linesOf(requestId);
      expect(mine).toContainEqual(expect.objectContaining({ message: 'workflow started', workflowId }));
      expect(mine).toContainEqual(
        expect.objectContaining({
          message: 'Activity completed',
          workflowId,
          activityType: expect.any(String),
        }),
      );
    }, 20_000);
  });

  it('carries the X-Request-Id of a task completion onto the update line and the activities it causes, and no other', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    const task = await stack.drive.openTask(id, 'screening');
    const requestId = `complete-${randomUUID()}`;
    const step = STEPS_TO_SGO[0];
    await stack.api.http
      .post(`/tasks/${task.id}/complete`)
      .set(...stack.drive.auth(step.as))
      .set('X-Request-Id', requestId)
      .send({ outcome: step.outcome, notes: 'screened' })
      .expect(200);
    const workflowId = await workflowIdOf(id);

    await eventually(() => {
      const mine = linesOf(requestId);
      expect(mine).toContainEqual(
        expect.objectContaining({ message: expect.stringMatching(/^update \S+ completed$/), workflowId }),
      );
      expect(mine).toContainEqual(expect.objectContaining({ message: 'Activity completed', workflowId }));
      // Only this process's lines name this request.
      expect(mine.every((line) => line.workflowId === workflowId)).toBe(true);
    }, 20_000);
  });
});
