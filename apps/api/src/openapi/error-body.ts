import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiHeader,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';

/** One field a 400 names, with what is wrong with it. */
export class FieldProblem {
  @ApiProperty({ example: 'carers.0.firstName' }) field: string;
  @ApiProperty({ type: [String], example: ['must be a string'] }) problems: string[];
}

/**
 * Every error the API answers (apps/api/src/common/http-error.filter.ts and the rate limiter).
 * `details` is the list of bad fields on a 400 from validation, and `{ down: [...] }` on a 503 from
 * GET /health/ready.
 */
export class ErrorBody {
  @ApiProperty({ type: 'integer', example: 404, minimum: 400, maximum: 599 }) statusCode: number;
  @ApiProperty({ example: 'Not Found', description: 'the status name, title-cased' }) error: string;
  @ApiProperty({ example: 'No process 6f1c…', description: 'what was refused and why (a rule names itself here)' })
  message: string;
  @ApiPropertyOptional({
    description: 'bad fields (400), or which dependencies did not answer (503 from /health/ready)',
    oneOf: [
      { type: 'array', items: { $ref: '#/components/schemas/FieldProblem' } },
      {
        type: 'object',
        properties: { down: { type: 'array', items: { type: 'string', enum: ['postgres', 'temporal'] } } },
      },
    ],
  })
  details?: FieldProblem[] | { down: string[] };
  @ApiPropertyOptional({
    description: 'the request id, also in the X-Request-Id header, by which the service log finds the request',
  })
  requestId?: string;
}

/** What each status means on this API (API.md "Errors"). */
export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed or invalid input: `message` (and `details`) name each bad field',
  401: 'No token, or a token that is not valid',
  403: "The caller's roles may not do this (or separation of duties forbids it)",
  404: "No such record on the caller's caseload",
  409: 'Conflicts with the current state (a second active process, a task or process no longer open, a duplicate)',
  413: 'The request body is too large',
  422: 'Well-formed, but the rules refuse it: `message` names the rule',
  429: 'Too many sign-in requests or writes from this address; `Retry-After` says when to try again',
  503: 'A dependency (Temporal or PostgreSQL) did not answer; nothing was applied',
};

/** Documents the given error statuses of an operation, each with the shared ErrorBody schema. */
export function ApiErrors(...statuses: (keyof typeof ERROR_DESCRIPTIONS)[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ErrorBody, FieldProblem),
    ...statuses.map((status) =>
      ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], schema: { $ref: getSchemaPath(ErrorBody) } }),
    ),
  );
}

/** The `Idempotency-Key` header: a repeat with the same key by the same caller answers what the first did. */
export function ApiIdempotencyKey(): MethodDecorator & ClassDecorator {
  return ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409.',
    schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x20-\\x7e]{1,200}$' },
  });
}
