/**
 * Money for the allowance review: every amount is a whole number of pence, and every division says
 * which way it rounds. Arithmetic is done on integers (no floating-point pounds), so the same inputs
 * give the same pence in the API, the worker and a workflow replay.
 */

/** How a division that does not come out in whole pence is settled. `nearest` rounds halves up. */
export type RoundingDirection = 'nearest' | 'up' | 'down';

/** The period an assessment's figures are stated in. The NMA is weekly; the DfE worked example is monthly (domain.md §3.2). */
export type AssessmentPeriod = 'week' | 'month';

export function assertPence(value: number, label: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${label} must be a whole, non-negative number of pence, not ${value}`);
  }
}

/** numerator ÷ denominator in whole pence, for a non-negative integer numerator and positive integer denominator. */
export function divideRounded(numerator: number, denominator: number, direction: RoundingDirection): number {
  if (!Number.isSafeInteger(numerator) || numerator < 0 || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`cannot divide ${numerator} by ${denominator} in whole pence`);
  }
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  if (remainder === 0 || direction === 'down') return quotient;
  if (direction === 'up') return quotient + 1;
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

/**
 * A percentage of an amount, rounded as asked. Percentages may carry up to two decimal places
 * (22.5 is fine), so they are held as basis points to keep the arithmetic in integers.
 */
export function percentOf(pence: number, percent: number, direction: RoundingDirection): number {
  assertPence(pence, 'amount');
  const basisPoints = Math.round(percent * 100);
  if (percent < 0 || Math.abs(percent * 100 - basisPoints) > 1e-6) {
    throw new RangeError(`${percent}% must be non-negative with at most two decimal places`);
  }
  return divideRounded(pence * basisPoints, 10_000, direction);
}

/** Restates an amount per week as per month or back, on `weeksPerYear` weeks and 12 months a year. */
export function convertPeriod(
  pence: number,
  from: AssessmentPeriod,
  to: AssessmentPeriod,
  weeksPerYear: number,
  direction: RoundingDirection,
): number {
  assertPence(pence, 'amount');
  if (from === to) return pence;
  return from === 'week'
    ? divideRounded(pence * weeksPerYear, 12, direction)
    : divideRounded(pence * 12, weeksPerYear, direction);
}
