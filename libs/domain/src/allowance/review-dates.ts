import { birthdayAt, dateToInstant, instantToDate, isIsoDate } from '../shared/dates';
import { addIsoDuration, subtractIsoDuration } from '../shared/duration';
import { type AllowancePolicy, DEFAULT_MEANS_TEST_POLICY, type KinshipZonePolicy } from './means-test-policy';

/**
 * Date rules for the yearly allowance cycle (domain.md §3.4): the anniversary trigger, when the review
 * pack goes out, and when the allowance stops at 18 (§3.1, stage 6). Every function takes and returns
 * ISO dates; an "ends on" date is the first day on which nothing is payable.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The start date's anniversary in a given year. A 29 February start falls on 28 February in other
 * years, as calendar durations do elsewhere in the service (`addIsoDuration` clamps to the month end).
 */
export function anniversaryInYear(startDate: string, year: number): string {
  assertDate(startDate, 'startDate');
  const [, m, d] = startDate.split('-').map(Number);
  const day = m === 2 && d === 29 && !isLeapYear(year) ? 28 : d;
  return `${String(year).padStart(4, '0')}-${pad(m)}-${pad(day)}`;
}

/**
 * The first anniversary strictly after `after`. The review runs yearly on the allowance start date,
 * usually the order date (domain.md §3.4 stage 1; reg 18 [R3]). Each year is computed from the
 * original date, so a 29 February order comes back to 29 February in leap years.
 */
export function nextAnniversary(startDate: string, after: string): string {
  assertDate(startDate, 'startDate');
  assertDate(after, 'after');
  const year = Math.max(Number(startDate.slice(0, 4)) + 1, Number(after.slice(0, 4)));
  const candidate = anniversaryInYear(startDate, year);
  return candidate > after ? candidate : anniversaryInYear(startDate, year + 1);
}

/** The day the review pack goes out: the anniversary less the lead time (domain.md §3.4 stage 1; 4–6 weeks, local choice). */
export function reviewPackDue(
  anniversary: string,
  leadTime: string = DEFAULT_MEANS_TEST_POLICY.reviewPackLeadTime,
): string {
  assertDate(anniversary, 'anniversary');
  return instantToDate(subtractIsoDuration(dateToInstant(anniversary), leadTime));
}

/** The next review after a date: its anniversary and the day its pack is due. */
export function nextReview(
  startDate: string,
  after: string,
  policy: Pick<AllowancePolicy, 'reviewPackLeadTime'> = DEFAULT_MEANS_TEST_POLICY,
): { anniversary: string; packDue: string } {
  const anniversary = nextAnniversary(startDate, after);
  return { anniversary, packDue: reviewPackDue(anniversary, policy.reviewPackLeadTime) };
}

/**
 * The 18th birthday. It agrees with `ageOn`, which counts a 29 February birthday as reached on
 * 1 March in a non-leap year, so the age-band and 18th-birthday rules never disagree by a day.
 */
export function eighteenthBirthday(dateOfBirth: string): string {
  assertDate(dateOfBirth, 'dateOfBirth');
  return birthdayAt(dateOfBirth, 18);
}

/** The Kinship Zone allowance can be claimed for 3 years from its start (domain.md §3.3). */
export function kinshipZoneClaimEnds(claimStart: string, policy: Pick<KinshipZonePolicy, 'claimableFor'>): string {
  assertDate(claimStart, 'claimStart');
  return instantToDate(addIsoDuration(dateToInstant(claimStart), policy.claimableFor));
}

/** Other events that stop payment (reg 9 as domain.md §3.1 lists it; its wording is **unconfirmed**). */
export type CessationReason =
  'child-left-guardian-household' | 'left-education-and-started-work' | 'benefits-in-own-right' | 'agreed-period-ended';

export interface AllowanceEndInput {
  dateOfBirth: string;
  /** Evidence that the young person stays in full-time education or training past 18 (§3.4 stage 6). */
  fullTimeEducationOrTraining?: { lastDayOfCourse: string; hasEhcp?: boolean };
  /** Reg 2(2) keeps the allowance past 18 only if it was payable just before the 18th birthday [R44]. Default true. */
  payableImmediatelyBefore18?: boolean;
  /** Known dates of other cessation events. */
  cessations?: Array<{ reason: CessationReason; date: string }>;
}

export type AllowanceEndReason = 'eighteenth-birthday' | 'education-or-training-ends' | CessationReason;

/**
 * When the allowance stops. At 18, unless the young person is in full-time education or training
 * and support was payable just before the birthday: then the regulations apply as though they were
 * still a child until the course ends (domain.md §3.1 [R44]). Under Kent's policy the young person
 * also needs an EHCP [S0]. The reference gives no upper age for this, so none is applied. An earlier
 * cessation event wins.
 */
export function allowanceEndDate(
  input: AllowanceEndInput,
  policy: Pick<AllowancePolicy, 'over18Continuation'> = DEFAULT_MEANS_TEST_POLICY,
): { endsOn: string; reason: AllowanceEndReason } {
  const birthday = eighteenthBirthday(input.dateOfBirth);
  let end: { endsOn: string; reason: AllowanceEndReason } = { endsOn: birthday, reason: 'eighteenth-birthday' };
  const course = input.fullTimeEducationOrTraining;
  const qualifies =
    course !== undefined &&
    (input.payableImmediatelyBefore18 ?? true) &&
    (policy.over18Continuation === 'full-time-education-or-training' || course.hasEhcp === true);
  if (course && qualifies) {
    assertDate(course.lastDayOfCourse, 'lastDayOfCourse');
    const courseEnds = instantToDate(addIsoDuration(dateToInstant(course.lastDayOfCourse), 'P1D'));
    if (courseEnds > birthday) end = { endsOn: courseEnds, reason: 'education-or-training-ends' };
  }
  for (const cessation of input.cessations ?? []) {
    assertDate(cessation.date, `cessation ${cessation.reason}`);
    if (cessation.date < end.endsOn) end = { endsOn: cessation.date, reason: cessation.reason };
  }
  return end;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function assertDate(value: string, label: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${label} must be an ISO date (YYYY-MM-DD), not "${value}"`);
}
