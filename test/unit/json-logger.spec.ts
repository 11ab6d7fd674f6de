import { Logger } from '@nestjs/common';
import { JsonLogger, runWithRequestId } from '../../libs/logging/src';

/** The API's and the worker's Nest logs are JSON lines naming the request they were written for. */
describe('JsonLogger', () => {
  let written: string[];
  let spies: jest.SpyInstance[];

  // Captures what the logger writes (errors go to stderr, the rest to stdout), in order.
  beforeEach(() => {
    written = [];
    const capture = (chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    };
    spies = [process.stdout, process.stderr].map((stream) => jest.spyOn(stream, 'write').mockImplementation(capture));
  });
  afterEach(() => spies.forEach((spy) => spy.mockRestore()));

  const lastLine = () => JSON.parse(written.join('').trim().split('\n').pop()!) as Record<string, unknown>;

  it('writes one JSON object per line with level, context and message', () => {
    new JsonLogger().log('polling task queue kinship', 'TemporalWorker');
    expect(lastLine()).toMatchObject({
      level: 'log',
      context: 'TemporalWorker',
      message: 'polling task queue kinship',
    });
    expect(lastLine()).not.toHaveProperty('requestId');
  });

  it('names the request being answered, read from the request context', () => {
    const logger = new JsonLogger();
    runWithRequestId('req-42', () => logger.warn('slow answer', 'HttpError'));
    expect(lastLine()).toMatchObject({ level: 'warn', message: 'slow answer', requestId: 'req-42' });
  });

  it('flattens the fields of a message given as an object, so a log pipeline can filter on them', () => {
    const logger = new JsonLogger();
    runWithRequestId('req-43', () => logger.log({ msg: 'POST /tasks/:id/complete 200', status: 200 }, 'HttpAccess'));
    expect(lastLine()).toMatchObject({ message: 'POST /tasks/:id/complete 200', status: 200, requestId: 'req-43' });
  });

  it('is what Nest Logger instances write through once it is the app logger', () => {
    Logger.overrideLogger(new JsonLogger());
    try {
      runWithRequestId('req-44', () => new Logger('Idempotency').error('replayed answer lost'));
      expect(lastLine()).toMatchObject({ level: 'error', context: 'Idempotency', requestId: 'req-44' });
    } finally {
      Logger.overrideLogger(['error', 'warn', 'log']);
    }
  });
});
