import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Each request's id: the caller's `X-Request-Id` when it is a plain token, else a new UUID. It is
 * answered in the `X-Request-Id` header and in every error body, and logged with every error.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  requestIdOf(req, res);
  next();
}

export function requestIdOf(req: Request, res: Response): string {
  const existing = (req as { requestId?: string }).requestId;
  if (existing) return existing;
  const offered = req.headers['x-request-id'];
  const id = typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
  (req as { requestId?: string }).requestId = id;
  if (!res.headersSent) res.setHeader('X-Request-Id', id);
  return id;
}
