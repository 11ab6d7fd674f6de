import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import { findUnstorableString } from './input-limits';

/**
 * Validates DTOs and answers 400 naming each bad field (nested fields as `carers.0.firstName`).
 * Before any DTO is looked at, every string of the body, the query and the path (keys too) is
 * checked for what could not be stored: NUL and other control characters (free text may keep line
 * breaks and tabs) and lone surrogates. So nothing a user types can reach the workflow or the
 * projection that PostgreSQL would then refuse.
 */
class StorableInputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') assertStorable(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    return super.transform(value, metadata);
  }
}

/** 400 naming the field that holds a string PostgreSQL (or a person reading it) could not take. */
export function assertStorable(value: unknown, root = ''): void {
  // A text body (an SSDA903 file) is free text: it has line breaks.
  const field = findUnstorableString(value, root, typeof value === 'string');
  if (field === undefined) return;
  throw new BadRequestException({
    error: 'Bad Request',
    message: `${field}: must not contain NUL or other control characters`,
    details: [{ field, problems: ['must not contain NUL or other control characters'] }],
  });
}

export function createValidationPipe(): ValidationPipe {
  return new StorableInputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new BadRequestException({
        error: 'Bad Request',
        message: details.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; '),
        details,
      });
    },
  });
}

/** Validates a body against a DTO chosen at run time (a process type's start fields), as the pipe would. */
export async function validateBody<T extends object>(cls: ClassConstructor<T>, body: unknown): Promise<T> {
  if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
    throw new BadRequestException({ error: 'Bad Request', message: 'body: must be a JSON object' });
  }
  assertStorable(body);
  const instance = plainToInstance(cls, body ?? {});
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    const details = flatten(errors);
    throw new BadRequestException({
      error: 'Bad Request',
      message: details.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; '),
      details,
    });
  }
  return instance;
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
