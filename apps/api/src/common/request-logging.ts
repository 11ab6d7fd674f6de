import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { runWithRequestId } from '../../../../libs/logging/src';
import { requestIdOf } from './request-id';

/**
 * Runs the rest of the request (guards, pipes, handlers, the Temporal client) with its id in the
 * request context, so every log line it causes and every call to Temporal carries it. Mounted
 * after the body parsers: they resume requests from stream events, outside any context set before.
 */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  runWithRequestId(requestIdOf(req, res), next);
}

const accessLog = new Logger('HttpAccess');

/**
 * One log line per answered request: method, route pattern (never the path: ids in it name
 * children's cases), status, duration and request id. The query string is never logged.
 */
export function accessLogMiddleware(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  const requestId = requestIdOf(req, res);
  res.once('finish', () => {
    const path = (req.route as { path?: string } | undefined)?.path;
    const route = path ? `${req.baseUrl}${path}` : 'unmatched';
    accessLog.log({
      msg: `${req.method} ${route} ${res.statusCode}`,
      method: req.method,
      route,
      status: res.statusCode,
      durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      requestId,
    });
  });
  next();
}
