import { assertPence, divideRounded, type RoundingDirection } from '../shared/money';

/** The period an assessment's figures are stated in. The NMA is weekly; the DfE worked example is monthly (domain.md §3.2). */
export type AssessmentPeriod = 'week' | 'month';

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
