/**
 * Working days in England and Wales, for the ASGSF fund's "decision within 20 working days"
 * (domain.md §2.3 stage 6, §6 [R9, R39]).
 *
 * The holidays are data: libs/domain/src/shared/bank-holidays/bank-holidays.json, in the format
 * https://www.gov.uk/bank-holidays.json publishes (only the England and Wales division is read).
 * A council extends it each year with `node scripts/refresh-bank-holidays.js <downloaded file>`,
 * which validates the file and writes it there. The covered years are the years the file lists;
 * a date beyond them is refused (422 from a validator, via checkWorkingDaysCovered) rather than
 * silently treated as a working day. Changing a date already listed changes the answer for running
 * workflows that replay, so correct past years only with a patch.
 */
import { dateToInstant, instantToDate, isIsoDate } from '../shared/dates';
import { refuse } from '../shared/errors';
import govUk from '../shared/bank-holidays/bank-holidays.json';

export interface BankHoliday {
  date: string;
  name: string;
}

/** The England and Wales events of a GOV.UK bank-holidays.json file, checked. */
export function readBankHolidays(file: unknown): BankHoliday[] {
  const division = (file as { 'england-and-wales'?: { events?: unknown } } | null)?.['england-and-wales'];
  if (!division || !Array.isArray(division.events))
    throw new RangeError('bank holidays: the file has no "england-and-wales".events list (GOV.UK format)');
  return division.events.map((event: { date?: unknown; title?: unknown; notes?: unknown }, i: number) => {
    if (!isIsoDate(event?.date)) throw new RangeError(`bank holidays: event ${i} has no ISO date`);
    if (typeof event.title !== 'string' || !event.title)
      throw new RangeError(`bank holidays: event ${i} (${event.date}) has no title`);
    const notes = typeof event.notes === 'string' && event.notes ? ` (${event.notes.toLowerCase()})` : '';
    return { date: event.date, name: `${event.title}${notes}` };
  });
}

export const BANK_HOLIDAYS: readonly BankHoliday[] = readBankHolidays(govUk);

/** Calendar years (inclusive) that the data lists completely: every year from the first to the last listed. */
export const BANK_HOLIDAYS_COVER = {
  fromYear: Math.min(...BANK_HOLIDAYS.map((h) => Number(h.date.slice(0, 4)))),
  toYear: Math.max(...BANK_HOLIDAYS.map((h) => Number(h.date.slice(0, 4)))),
} as const;

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
    throw new RangeError(notCoveredMessage(year));
  }
}

function notCoveredMessage(year: number): string {
  return (
    `England and Wales bank holidays for ${year} are not in the service's data ` +
    `(it covers ${BANK_HOLIDAYS_COVER.fromYear}–${BANK_HOLIDAYS_COVER.toYear}); ` +
    'extend libs/domain/src/shared/bank-holidays/bank-holidays.json with scripts/refresh-bank-holidays.js'
  );
}

/**
 * Refuses (422) a count of working days the data cannot answer: the start date or any day up to
 * the nth working day after it lies outside the years the bank holidays cover. Validators call it
 * before a workflow counts, so a date a person typed never throws inside the workflow.
 */
export function checkWorkingDaysCovered(date: string, n: number, field = 'date'): void {
  if (!isIsoDate(date)) refuse(`${field} must be an ISO date (YYYY-MM-DD), not "${String(date)}"`);
  const year = Number(date.slice(0, 4));
  if (year < BANK_HOLIDAYS_COVER.fromYear) refuse(`${field} ${date}: ${notCoveredMessage(year)}`);
  // Working days never run more than a year past the start for any count this service uses, so
  // the last date counted lies in the start year or the next; count within the data to be sure.
  let current = date;
  let counted = 0;
  while (counted < n) {
    current = nextDay(current);
    const y = Number(current.slice(0, 4));
    if (y > BANK_HOLIDAYS_COVER.toYear)
      refuse(`${n} working days after ${field} ${date} run into ${y}: ${notCoveredMessage(y)}`);
    if (isWorkingDay(current)) counted += 1;
  }
}
