/**
 * ISO 8601 durations (`P14D`, `PT5S`, `P3M`) as the policy writes them. Calendar parts (years,
 * months) are added on the calendar, so "3 months after 30 November" is 28 February, not 90 days.
 */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function parseIsoDuration(text: string): IsoDuration {
  const match = PATTERN.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) {
    throw new RangeError(`"${text}" is not an ISO 8601 duration such as P14D or PT5S`);
  }
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return { years, months, weeks, days, hours, minutes, seconds };
}

export function isIsoDuration(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  try {
    parseIsoDuration(text);
    return true;
  } catch {
    return false;
  }
}

/** Adds a duration to an instant; months clamp to the month's last day (31 Jan + P1M = 28/29 Feb). */
export function addIsoDuration(from: Date, text: string): Date {
  const d = parseIsoDuration(text);
  const result = addCalendarMonths(from, d.years * 12 + d.months);
  const fixedMs = (((d.weeks * 7 + d.days) * 24 + d.hours) * 60 + d.minutes) * 60_000 + Math.round(d.seconds * 1000);
  return new Date(result.getTime() + fixedMs);
}

/** The duration `times` times over (P1Y × 3 = P3Y), so the nth anniversary is counted from the start, not stepped. */
export function multiplyIsoDuration(text: string, times: number): string {
  const d = parseIsoDuration(text);
  const part = (n: number, unit: string) => (n ? `${n * times}${unit}` : '');
  const time = part(d.hours, 'H') + part(d.minutes, 'M') + part(d.seconds, 'S');
  const date = part(d.years, 'Y') + part(d.months, 'M') + part(d.weeks, 'W') + part(d.days, 'D');
  return `P${date || (time ? '' : '0D')}${time ? `T${time}` : ''}`;
}

/** Subtracts a duration without calendar parts (lead times are weeks, days or less). */
export function subtractIsoDuration(from: Date, text: string): Date {
  const d = parseIsoDuration(text);
  const back = addCalendarMonths(from, -(d.years * 12 + d.months));
  const fixedMs = (((d.weeks * 7 + d.days) * 24 + d.hours) * 60 + d.minutes) * 60_000 + Math.round(d.seconds * 1000);
  return new Date(back.getTime() - fixedMs);
}

function addCalendarMonths(from: Date, months: number): Date {
  if (months === 0) return new Date(from.getTime());
  const result = new Date(from.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}
