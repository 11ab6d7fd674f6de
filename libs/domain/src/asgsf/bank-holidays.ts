/**
 * Working days in England and Wales, for the ASGSF fund's "decision within 20 working days"
 * (domain.md §2.3 stage 6, §6 [R9, R39]).
 *
 * !!! DATA THAT MUST BE EXTENDED EVERY YEAR !!!
 * The list below is England and Wales bank holidays from https://www.gov.uk/bank-holidays
 * (substitute days included). Add each new year as gov.uk publishes it, and add any one-off
 * holiday proclaimed later (as for the 2022 state funeral or the 2023 coronation). A date outside
 * BANK_HOLIDAYS_COVER is refused with a RangeError rather than silently treated as a working day.
 * Changing a date already in the list changes the answer for running workflows that replay.
 */
import { dateToInstant, instantToDate, isIsoDate } from '../shared/dates';

export interface BankHoliday {
  date: string;
  name: string;
}

/** Calendar years (inclusive) that BANK_HOLIDAYS lists completely. */
export const BANK_HOLIDAYS_COVER = { fromYear: 2024, toYear: 2028 } as const;

export const BANK_HOLIDAYS: readonly BankHoliday[] = [
  { date: '2024-01-01', name: "New Year's Day" },
  { date: '2024-03-29', name: 'Good Friday' },
  { date: '2024-04-01', name: 'Easter Monday' },
  { date: '2024-05-06', name: 'Early May bank holiday' },
  { date: '2024-05-27', name: 'Spring bank holiday' },
  { date: '2024-08-26', name: 'Summer bank holiday' },
  { date: '2024-12-25', name: 'Christmas Day' },
  { date: '2024-12-26', name: 'Boxing Day' },

  { date: '2025-01-01', name: "New Year's Day" },
  { date: '2025-04-18', name: 'Good Friday' },
  { date: '2025-04-21', name: 'Easter Monday' },
  { date: '2025-05-05', name: 'Early May bank holiday' },
  { date: '2025-05-26', name: 'Spring bank holiday' },
  { date: '2025-08-25', name: 'Summer bank holiday' },
  { date: '2025-12-25', name: 'Christmas Day' },
  { date: '2025-12-26', name: 'Boxing Day' },

  { date: '2026-01-01', name: "New Year's Day" },
  { date: '2026-04-03', name: 'Good Friday' },
  { date: '2026-04-06', name: 'Easter Monday' },
  { date: '2026-05-04', name: 'Early May bank holiday' },
  { date: '2026-05-25', name: 'Spring bank holiday' },
  { date: '2026-08-31', name: 'Summer bank holiday' },
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2026-12-28', name: 'Boxing Day (substitute day)' },

  { date: '2027-01-01', name: "New Year's Day" },
  { date: '2027-03-26', name: 'Good Friday' },
  { date: '2027-03-29', name: 'Easter Monday' },
  { date: '2027-05-03', name: 'Early May bank holiday' },
  { date: '2027-05-31', name: 'Spring bank holiday' },
  { date: '2027-08-30', name: 'Summer bank holiday' },
  { date: '2027-12-27', name: 'Christmas Day (substitute day)' },
  { date: '2027-12-28', name: 'Boxing Day (substitute day)' },

  // 2028 follows the standing pattern; confirm against gov.uk once it is published there.
  { date: '2028-01-03', name: "New Year's Day (substitute day)" },
  { date: '2028-04-14', name: 'Good Friday' },
  { date: '2028-04-17', name: 'Easter Monday' },
  { date: '2028-05-01', name: 'Early May bank holiday' },
  { date: '2028-05-29', name: 'Spring bank holiday' },
  { date: '2028-08-28', name: 'Summer bank holiday' },
  { date: '2028-12-25', name: 'Christmas Day' },
  { date: '2028-12-26', name: 'Boxing Day' },
];

const HOLIDAY_DATES = new Set(BANK_HOLIDAYS.map((holiday) => holiday.date));

export function isBankHoliday(date: string): boolean {
  assertCovered(date);
  return HOLIDAY_DATES.has(date);
}

/** Monday to Friday and not an England and Wales bank holiday. */
export function isWorkingDay(date: string): boolean {
  assertCovered(date);
  const weekday = dateToInstant(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAY_DATES.has(date);
}

/**
 * The nth working day after `date`; `date` itself never counts, so 20 working days after a
 * Friday submission starts counting on the Monday. n = 0 returns `date` unchanged.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number of 0 or more, not ${n}`);
  assertCovered(date);
  let current = date;
  let counted = 0;
  while (counted < n) {
    current = nextDay(current);
    if (isWorkingDay(current)) counted += 1;
  }
  return current;
}

function nextDay(date: string): string {
  return instantToDate(new Date(dateToInstant(date).getTime() + 86_400_000));
}

function assertCovered(date: string): void {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not an ISO date (YYYY-MM-DD)`);
  const year = Number(date.slice(0, 4));
  if (year < BANK_HOLIDAYS_COVER.fromYear || year > BANK_HOLIDAYS_COVER.toYear) {
    throw new RangeError(
      `bank holidays for ${year} are not listed (covered: ${BANK_HOLIDAYS_COVER.fromYear}–${BANK_HOLIDAYS_COVER.toYear}); ` +
        'extend BANK_HOLIDAYS in libs/domain/src/asgsf/bank-holidays.ts from gov.uk/bank-holidays',
    );
  }
}
