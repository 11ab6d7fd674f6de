import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { mergeMap, type Observable } from 'rxjs';
import type { Caller } from '../auth/auth.types';
import { requestIdOf } from '../common/request-id';
import { ACCESS_LOGGED_ROUTES } from './access-log.routes';
import { AccessLogService, accessedRecords } from './access-log.service';

/**
 * Writes the access log for every read in ACCESS_LOGGED_ROUTES once the handler has answered and
 * before the answer is sent: if the row cannot be written the read fails (500) rather than going
 * unlogged. Refused reads (401, 403, 404) are not logged: they disclosed nothing.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(private readonly accessLog: AccessLogService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request & { caller?: Caller }>();
    const route = (req.route as { path?: string } | undefined)?.path;
    if (!route || !req.caller) return next.handle();
    const target = ACCESS_LOGGED_ROUTES[`${req.method} ${route}`];
    if (!target) return next.handle();
    const caller = req.caller;
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        await this.accessLog.record(
          { caller, method: req.method, route, path: req.originalUrl, requestId: requestIdOf(req, res) },
          accessedRecords(target, req.params, req.query, body),
        );
        return body;
      }),
    );
  }
}
