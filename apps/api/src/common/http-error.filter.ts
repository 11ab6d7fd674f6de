import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { HTTP_STATUS_OF_ERROR, RuleViolation } from '../../../../libs/domain/src';

/** Every error leaves as `{ statusCode, error, message, details? }` (API.md "Errors"). */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { statusCode, body } = this.toBody(exception);
    response.status(statusCode).json(body);
  }

  private toBody(exception: unknown): { statusCode: number; body: Record<string, unknown> } {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const payload = typeof raw === 'string' ? { message: raw } : (raw as Record<string, unknown>);
      const message = Array.isArray(payload.message)
        ? payload.message.join('; ')
        : (payload.message ?? exception.message);
      const error =
        typeof payload.error === 'string' ? payload.error : (HttpStatus[statusCode] ?? 'Error').replace(/_/g, ' ');
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
        body: {
          statusCode,
          error: titleCase((HttpStatus[statusCode] ?? 'Error').replace(/_/g, ' ')),
          message: exception.message,
        },
      };
    }
    // body-parser's malformed JSON arrives as a plain error with a status.
    const status = (exception as { status?: number; type?: string })?.status;
    if (status && status >= 400 && status < 500) {
      return {
        statusCode: status,
        body: {
          statusCode: status,
          error: 'Bad Request',
          message: `Malformed request body: ${(exception as Error).message}`,
        },
      };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return {
      statusCode: 500,
      body: { statusCode: 500, error: 'Internal Server Error', message: 'An unexpected error occurred' },
    };
  }
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());
}
