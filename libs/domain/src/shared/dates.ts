/** Calendar facts computed from ISO dates (`2026-03-31`), always in UTC so every process agrees. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string' || !ISO_DATE.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && instantToDate(parsed) === text;
}

export function dateToInstant(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** The UTC calendar date of an instant, `2026-03-31`: the one place an instant becomes a date. */
export function instantToDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Age in whole years on a date: the birthday itself counts as the new age. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/**
 * The date someone born on `dateOfBirth` turns `years`: the first day ageOn gives that age, so a
 * 29 February birthday falls on 1 March in a common year. Every birthday rule uses this.
 */
export function birthdayAt(dateOfBirth: string, years: number): string {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (m === 2 && d === 29 && !leap) return `${String(year).padStart(4, '0')}-03-01`;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The financial year (April to March) that a date falls in, named by its starting year. */
export function financialYearOf(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number);
  return m >= 4 ? y : y - 1;
}
