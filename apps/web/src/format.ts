import { formatPounds, instantToDate } from '../../../libs/domain/src';

/** Dates as people in English councils write them, in UK time. */
const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** "2026-11-16" or an instant → "16 November 2026". A bare date is read as that day, not as UTC midnight. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATE.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATE_TIME.format(date);
}

export const isOverdue = (dueAt: string | null | undefined, now = Date.now()): boolean =>
  !!dueAt && new Date(dueAt).getTime() < now;

/** 18532 → "£185.32", as letters and refusals write it; anything but whole pence shows nothing. */
export function formatPence(pence: unknown): string {
  if (typeof pence !== 'number' || !Number.isSafeInteger(pence)) return '';
  return formatPounds(pence);
}

/**
 * "185.32", "£1,234.5" or "185" → whole pence. Done on the digits, not with floating point, so
 * 0.29 pounds is 29 pence and not 28.999…. Answers null when it is not an amount of money.
 */
export function poundsToPence(input: string): number | null {
  const cleaned = input.trim().replace(/^£/, '').replace(/,/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(pence) ? pence : null;
}

export const today = (): string => instantToDate(new Date());

export function addDays(isoDate: string, days: number): string {
  return instantToDate(new Date(new Date(`${isoDate}T12:00:00Z`).getTime() + days * 86_400_000));
}

/** "1 child", "2 children". */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
