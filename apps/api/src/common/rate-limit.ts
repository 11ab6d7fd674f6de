import type { NextFunction, Request, Response } from 'express';
import type { RateLimitConfig } from '../../../../libs/config/src';
import { requestIdOf } from './request-id';

const WINDOW_MS = 60_000;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A fixed one-minute window per client address and kind of request, in this process's memory. */
class Window {
  private counts = new Map<string, number>();
  private startedAt = Date.now();

  /** Counts one request; how many seconds until the window resets when it is over the limit, else 0. */
  hit(key: string, limit: number): number {
    const now = Date.now();
    if (now - this.startedAt >= WINDOW_MS) {
      this.counts = new Map();
      this.startedAt = now;
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count > limit ? Math.ceil((this.startedAt + WINDOW_MS - now) / 1000) : 0;
  }
}

/**
 * Sign-in (`/auth/*`) and writes are limited per client address (RATE_LIMIT_SIGN_IN_PER_MINUTE,
 * RATE_LIMIT_WRITES_PER_MINUTE): over the limit is 429 with `Retry-After`. The limits are per API
 * process; behind a load balancer each process counts its own.
 */
export function rateLimitMiddleware(config: RateLimitConfig) {
  const signIn = new Window();
  const writes = new Window();
  return (req: Request, res: Response, next: NextFunction): void => {
    const client = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const isSignIn = req.path === '/auth' || req.path.startsWith('/auth/');
    const retryAfter = isSignIn
      ? signIn.hit(client, config.signInPerMinute)
      : WRITE_METHODS.has(req.method)
        ? writes.hit(client, config.writesPerMinute)
        : 0;
    if (!retryAfter) return next();
    res.setHeader('Retry-After', String(retryAfter));
    res.status(429).json({
      statusCode: 429,
      error: 'Too Many Requests',
      message: `Too many ${isSignIn ? 'sign-in requests' : 'writes'} from this address; try again in ${retryAfter} s`,
      requestId: requestIdOf(req, res),
    });
  };
}
