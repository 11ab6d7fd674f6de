import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';
import {
  CHILD_REF,
  dataLimitProblem,
  isBoundedDate,
  isBoundedDateOrDateTime,
  MAX_YEAR,
  MIN_YEAR,
} from './input-limits';

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30), in the years 1900 to 2100. */
export function IsBoundedDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBoundedDate',
      validator: {
        validate: (value) => isBoundedDate(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a real date such as 2026-03-31, in the years ${MIN_YEAR} to ${MAX_YEAR}`,
          options,
        ),
      },
    },
    options,
  );
}

/** As IsBoundedDate, or an ISO 8601 date-time on such a date. */
export function IsBoundedDateOrDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBoundedDateOrDateTime',
      validator: {
        validate: (value) => isBoundedDateOrDateTime(value),
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be a real date such as 2026-03-31 (or an ISO 8601 date-time on one), in the years ${MIN_YEAR} to ${MAX_YEAR}`,
          options,
        ),
      },
    },
    options,
  );
}

/** A string with something other than whitespace in it (a name of spaces is no name). */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value) => typeof value === 'string' && value.trim() !== '',
        defaultMessage: buildMessage((each) => `${each}$property must not be empty or only spaces`, options),
      },
    },
    options,
  );
}

/** A child's reference: letters, digits and `-`, 1 to 32 characters. */
export function IsChildRef(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isChildRef',
      validator: {
        validate: (value) => typeof value === 'string' && CHILD_REF.test(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be 1 to 32 letters, digits or dashes (such as C0001)`,
          options,
        ),
      },
    },
    options,
  );
}

/** A free `data` object within DATA_LIMITS (bytes, keys, depth, string length). */
export function IsBoundedData(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBoundedData',
      validator: {
        validate: (value) => dataLimitProblem(value) === undefined,
        defaultMessage: buildMessage(
          (each, args) => `${each}$property ${dataLimitProblem(args?.value) ?? 'is out of bounds'}`,
          options,
        ),
      },
    },
    options,
  );
}

/**
 * A date on which something has happened (a birth, a care episode starting), so not after today
 * (UTC): `rule` says why, and the 400 names the field and the rule.
 */
export function IsNotFutureDate(rule: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotFutureDate',
      validator: {
        validate: (value) => typeof value !== 'string' || value <= new Date().toISOString().slice(0, 10),
        defaultMessage: buildMessage((each) => `${each}$property $value is in the future: ${rule}`, options),
      },
    },
    options,
  );
}
