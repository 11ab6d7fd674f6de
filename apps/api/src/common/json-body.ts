import type { IncomingMessage } from 'node:http';
import { JSON_BODY_LIMIT, MAX_JSON_DEPTH, jsonNestingExceeds } from './input-limits';

/**
 * Options for the JSON body parser: at most JSON_BODY_LIMIT, and nesting no deeper than
 * MAX_JSON_DEPTH, checked on the raw bytes before parsing, so a 2,500-deep body is a 400 before
 * any guard, pipe or validator walks it (and before the caller is even authenticated).
 */
export const jsonBodyOptions = {
  limit: JSON_BODY_LIMIT,
  verify: (_req: IncomingMessage, _res: unknown, buf: Buffer) => {
    if (jsonNestingExceeds(buf, MAX_JSON_DEPTH)) {
      throw Object.assign(new Error(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`), {
        status: 400,
        type: 'entity.too.deep',
      });
    }
  },
};
