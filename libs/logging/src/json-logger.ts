import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { currentRequestId } from './request-context';

/**
 * Nest's logger writing one JSON object per line (Nest 11's `json` mode: level, pid, timestamp,
 * message, context), with the request id of the request being answered, and the fields of a
 * message given as an object (`{ msg, ...fields }`) flattened into the line, so a log pipeline
 * can filter on them without parsing text.
 */
export class JsonLogger extends ConsoleLogger {
  constructor(context = '') {
    super(context, { json: true, colors: false, logLevels: ['fatal', 'error', 'warn', 'log'] });
  }

  protected override getJsonLogObject(
    message: unknown,
    options: { context: string; logLevel: LogLevel; writeStreamType?: 'stdout' | 'stderr'; errorStack?: unknown },
  ): ReturnType<ConsoleLogger['getJsonLogObject']> {
    const line: ReturnType<ConsoleLogger['getJsonLogObject']> & Record<string, unknown> = super.getJsonLogObject(
      message,
      options,
    );
    if (isFields(message)) {
      const { msg, ...fields } = message;
      Object.assign(line, fields, { message: msg });
    }
    const requestId = currentRequestId();
    if (requestId && line.requestId === undefined) line.requestId = requestId;
    return line;
  }
}

function isFields(message: unknown): message is { msg: string } & Record<string, unknown> {
  return typeof message === 'object' && message !== null && typeof (message as { msg?: unknown }).msg === 'string';
}
