import { dateToInstant, instantToDate, isIsoDate } from '../shared/dates';
import { addIsoDuration } from '../shared/duration';
import { type AllowancePolicy, DEFAULT_MEANS_TEST_POLICY } from './means-test-policy';

/**
 * Transitional remuneration for former foster carers. The allowance has no reward element, except
 * for foster carers who become special guardians of a child they already look after; LAs describe
 * this as lasting 2 years (domain.md §3.2 [R47, R48]; SGR reg 7, §3.1). It ends 2 years after the
 * order, and that date should trigger a reassessment (domain.md §3.4 design notes, §6).
 */

type RemunerationPeriod = Pick<AllowancePolicy, 'transitionalRemunerationPeriod'>;

/**
 * The first day the remuneration is no longer payable: the order date plus the policy period (2 years),
 * on the calendar. An order made on 29 February ends on 28 February when that year is not a leap year.
 */
export function transitionalRemunerationEnds(
  orderDate: string,
  policy: RemunerationPeriod = DEFAULT_MEANS_TEST_POLICY,
): string {
  if (!isIsoDate(orderDate)) throw new RangeError(`orderDate must be an ISO date (YYYY-MM-DD), not "${orderDate}"`);
  return instantToDate(addIsoDuration(dateToInstant(orderDate), policy.transitionalRemunerationPeriod));
}

/** Payable from the order date up to, but not on, the end date. */
export function transitionalRemunerationPayable(
  orderDate: string,
  onDate: string,
  policy: RemunerationPeriod = DEFAULT_MEANS_TEST_POLICY,
): boolean {
  if (!isIsoDate(onDate)) throw new RangeError(`onDate must be an ISO date (YYYY-MM-DD), not "${onDate}"`);
  return onDate >= orderDate && onDate < transitionalRemunerationEnds(orderDate, policy);
}
