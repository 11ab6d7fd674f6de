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

    await eventually(() => {
      const mine = linesOf(requestId);
      expect(mine).toContainEqual(expect.objectContaining({ message: 'workflow started', workflowId: res.body.id }));
      expect(mine).toContainEqual(
        expect.objectContaining({
          message: 'Activity completed',
          workflowId: res.body.id,
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

    await eventually(() => {
      const mine = linesOf(requestId);
      expect(mine).toContainEqual(
        expect.objectContaining({ message: expect.stringMatching(/^update \S+ completed$/), workflowId: id }),
      );
      expect(mine).toContainEqual(expect.objectContaining({ message: 'Activity completed', workflowId: id }));
      // Only this process's lines name this request.
      expect(mine.every((line) => line.workflowId === id)).toBe(true);
    }, 20_000);
  });
});
