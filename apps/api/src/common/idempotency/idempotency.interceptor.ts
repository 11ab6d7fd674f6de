import {
  BadRequestException,
  HttpException,
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { lastValueFrom, of, type Observable } from 'rxjs';
import { TemporalConfig } from '../../../../../libs/config/src';
import type { Caller } from '../../auth/auth.types';
import { runWithIdempotency, updateIdOf } from './idempotency-context';
import { IdempotencyStore } from './idempotency.store';

/** The writes a client may retry safely with an Idempotency-Key (README, "Failure behaviour"). */
export const IDEMPOTENT_ROUTES = new Set([
  'POST /processes/:type',
  'POST /processes/:id/events',
  'POST /processes/:id/pause',
  'POST /processes/:id/resume',
  'POST /processes/:id/withdraw',
  'POST /processes/:id/reassign',
  'POST /tasks/:id/claim',
  'POST /tasks/:id/complete',
]);

const KEY_PATTERN = /^[\x20-\x7e]{1,200}$/;

/**
 * Idempotency-Key on the routes above: the first attempt acts and its answer (2xx or 4xx) is
 * kept; a retry with the same key and request answers the same status and body without acting; the
 * same key with another request is 422; a retry while the first is in flight is 409. An attempt
 * that ended without a trustworthy answer (5xx: Temporal or PostgreSQL did not answer) is retried
 * for real, with the same Temporal update id, and the services check the read model first, so the
 * retry reports what actually happened rather than repeating the 503.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
    private readonly temporal: TemporalConfig,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request & { caller?: Caller }>();
    const route = `${request.method} ${(request.route as { path?: string } | undefined)?.path}`;
    const header = request.headers['idempotency-key'];
    if (header === undefined || !IDEMPOTENT_ROUTES.has(route) || !request.caller) return next.handle();
    const key = parseKey(header);
    const sub = request.caller.sub;
    // Long enough for the slowest honest attempt (a start waits on Temporal and the first projection).
    const leaseMs = 2 * this.temporal.callTimeoutMs + 30_000;
    const claim = await this.store.claim(sub, key, route, requestHash(request), leaseMs);
    if (claim.kind === 'replay') {
      context.switchToHttp().getResponse<Response>().setHeader('Idempotent-Replayed', 'true');
      if (claim.statusCode >= 400) throw new HttpException(claim.response as object, claim.statusCode);
      return of(claim.response);
    }
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? 201 : 200);
    const scope = { updateId: updateIdOf(sub, key), retryOfUnknown: claim.kind === 'retry-of-unknown' };
    let result: unknown;
    try {
      // As JSON now, so the first answer and every replay of it are the same bytes.
      result = asJson(await runWithIdempotency(scope, () => lastValueFrom(next.handle(), { defaultValue: null })));
    } catch (err) {
      const refusal = err instanceof HttpException && err.getStatus() < 500;
      await (refusal ? this.store.answer(sub, key, err.getStatus(), err.getResponse()) : this.store.unknown(sub, key))
        // PostgreSQL gone after the work: the row stays in flight until its lease passes, then a retry checks.
        .catch((storeErr: unknown) => this.logger.warn(`could not record key outcome: ${String(storeErr)}`));
      throw err;
    }
    await this.store
      .answer(sub, key, status, result)
      .catch((storeErr: unknown) => this.logger.warn(`could not record key answer: ${String(storeErr)}`));
    return of(result);
  }
}

function parseKey(header: string | string[]): string {
  if (Array.isArray(header) || !KEY_PATTERN.test(header) || !header.trim()) {
    throw new BadRequestException(
      'Idempotency-Key: must be one value of 1 to 200 printable ASCII characters (a UUID is a good key)',
    );
  }
  return header;
}

/** What the request asks for: method, path (with its ids) and body, with object keys in a fixed order. */
function requestHash(request: Request): string {
  return createHash('sha256')
    .update(`${request.method} ${request.path}\n${stableJson(request.body ?? null)}`)
    .digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function asJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
