import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { HTTP_STATUS_OF_ERROR, RuleViolation } from '../../../../libs/domain/src';
import { isDatabaseUnavailable } from './pg-errors';
import { requestIdOf } from './request-id';

/**
 * Every error leaves as `{ statusCode, error, message, details?, requestId }` (API.md "Errors").
 * What a library, PostgreSQL or Temporal said is never in the body: it is logged with the request
 * id, which the body and the `X-Request-Id` header carry, so the two can be matched up.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const requestId = requestIdOf(request, response);
    const { statusCode, body } = this.toBody(exception);
    const cause = exception instanceof Error ? exception.cause : undefined;
    if (statusCode >= 500) {
      const text = exception instanceof Error ? exception.stack : String(exception);
      this.logger.error(`${request.method} ${request.path} ${statusCode} [${requestId}]: ${text}${causeText(cause)}`);
    } else if (cause) {
      this.logger.warn(
        `${request.method} ${request.path} ${statusCode} [${requestId}]: ${String(body.message)}${causeText(cause)}`,
      );
    }
    if (response.headersSent) return;
    // A dependency is down (PostgreSQL, Temporal): the request may be sent again shortly.
    if (statusCode === 503) response.setHeader('Retry-After', '5');
    response.status(statusCode).json({ ...body, requestId });
  }

  private toBody(exception: unknown): { statusCode: number; body: Record<string, unknown> } {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const payload = typeof raw === 'string' ? { message: raw } : (raw as Record<string, unknown>);
      const message = Array.isArray(payload.message)
        ? payload.message.join('; ')
        : (payload.message ?? exception.message);
      const error = typeof payload.error === 'string' ? payload.error : statusName(statusCode);
      return {
        statusCode,
        body: {
          statusCode,
          error: titleCase(error),
          message,
          ...(payload.details ? { details: payload.details } : {}),
        },
      };
    }
    // A pure rule that refused, reaching here without a controller translating it.
    if (exception instanceof RuleViolation) {
      const statusCode = HTTP_STATUS_OF_ERROR[exception.type] ?? 422;
      return {
        statusCode,
        body: { statusCode, error: statusName(statusCode), message: exception.message },
      };
    }
    // body-parser's refusals (malformed JSON, too large, too deep, a charset it cannot read)
    // arrive as plain errors with a status and a type.
    const { status, type } = (exception ?? {}) as { status?: number; type?: string };
    if (status && status >= 400 && status < 500) {
      return {
        statusCode: status,
        body: { statusCode: status, error: statusName(status), message: parserMessage(type) },
      };
    }
    if (isDatabaseUnavailable(exception)) {
      const message = 'The database (PostgreSQL) is unavailable. Try again shortly';
      return { statusCode: 503, body: { statusCode: 503, error: 'Service Unavailable', message } };
    }
    return {
      statusCode: 500,
      body: { statusCode: 500, error: 'Internal Server Error', message: 'An unexpected error occurred' },
    };
  }
}

function parserMessage(type: string | undefined): string {
  switch (type) {
    case 'entity.too.large':
      return 'The request body is too large';
    case 'entity.too.deep':
      return 'The request body nests arrays and objects too deeply';
    case 'entity.parse.failed':
      return 'Malformed request body: not valid JSON';
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return 'The request body is in an encoding the service does not read';
    default:
      return 'Malformed request body';
  }
}

function causeText(cause: unknown): string {
  if (cause === undefined) return '';
  return ` (cause: ${cause instanceof Error ? cause.message : JSON.stringify(cause)})`;
}

function statusName(statusCode: number): string {
  return titleCase((HttpStatus[statusCode] ?? 'Error').replace(/_/g, ' '));
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());
}
