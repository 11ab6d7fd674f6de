import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CodecEndpointConfig } from '../../../../libs/config/src';

/**
 * CORS for the codec endpoint only: the Temporal UI calls it from the browser, from its own origin,
 * with the user's access token and `X-Namespace`. Answers preflights itself (before the auth
 * guard: a preflight carries no token); only origins named in TEMPORAL_UI_ORIGINS get CORS headers.
 */
@Injectable()
export class CodecCorsMiddleware implements NestMiddleware {
  constructor(private readonly config: CodecEndpointConfig) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const origin = req.headers.origin;
    const allowed = !!origin && this.config.corsOrigins.includes(origin);
    if (origin) res.vary('Origin');
    if (allowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
    }
    if (req.method !== 'OPTIONS') return next();
    if (!allowed) {
      res
        .status(403)
        .json({ statusCode: 403, error: 'Forbidden', message: 'Origin not allowed for the codec endpoint' });
      return;
    }
    res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, x-namespace');
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  }
}
