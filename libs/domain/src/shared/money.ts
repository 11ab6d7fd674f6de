/**
 * Money is whole pence everywhere: every amount is an integer, and every division says which way it
 * rounds, so the same inputs give the same pence in the API, the worker, a workflow replay and the
 * browser. Pounds appear only in text people read, and always through `formatPounds`.
 */

/** `125000` → `£1,250.00`. Plain arithmetic, so the text is the same in every runtime and locale. */
export function formatPounds(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`an amount must be a whole number of pence, not ${pence}`);
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}£${pounds}.${(abs % 100).toString().padStart(2, '0')}`;
}

export function assertPence(value: number, label: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${label} must be a whole, non-negative number of pence, not ${value}`);
  }
}

/** How a division that does not come out in whole pence is settled. `nearest` rounds halves up. */
export type RoundingDirection = 'nearest' | 'up' | 'down';

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
