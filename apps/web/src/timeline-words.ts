/**
 * A timeline entry's data said in sentences: dates as "1 December 2026", people by name, teams by
 * role, codes only after their words, and never JSON or an id. Each kind of entry the service
 * writes has its own words; anything else falls back to "Label: value" lines with values in words.
 */
import { formatDate, formatPence } from './format';
import { humanise, outcomeLabel, teamLabel, valueLabel } from './labels';

type Data = Record<string, unknown>;

/** A data value as text: strings and numbers as they are, anything else as nothing (never "[object Object]"). */
const str = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** Why a care episode ended (SSDA903 REC codes), in words with the code after them. */
const EPISODE_ENDED: Record<string, string> = {
  E41: 'a child arrangements order was made (E41)',
  E45: "a special guardianship order was made to the child's former foster carers, who are relatives or friends (E45)",
  E46: "a special guardianship order was made to the child's former foster carers, who are not relatives or friends (E46)",
  E47: 'a special guardianship order was made to carers who are relatives or friends (E47)',
  E48: 'a special guardianship order was made to other carers (E48)',
};

/** A recipient ({ role } or { sub, role }) or a person ({ sub, name }) in words. */
export function whoInWords(value: unknown): string {
  if (!value || typeof value !== 'object') return typeof value === 'string' ? value : 'nobody';
  const v = value as { name?: unknown; role?: unknown; sub?: unknown };
  if (typeof v.name === 'string' && v.name) return v.name;
  if (typeof v.role === 'string')
    return v.sub ? `the person assigned (one of the ${teamLabel(v.role)})` : `the ${teamLabel(v.role)}`;
  return 'the person assigned';
}

const ordinal = (n: unknown) => {
  if (typeof n !== 'number') return String(n);
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
};

/** A link the entry offers (the allowance review it started), by its path and its words. */
export interface EntryLink {
  to: string;
  text: string;
}

export interface EntryWords {
  lines: string[];
  link?: EntryLink;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const KINDS: Record<string, (d: Data) => EntryWords> = {
  // The policy version is for auditors (GET /processes/:id/timeline has it); people need nothing here.
  'process-started': () => ({ lines: [] }),
  'task-opened': (d) => ({
    lines: [`${humanise(str(d.kind ?? 'task'))}${d.dueAt ? `, due ${formatDate(str(d.dueAt))}` : ''}.`],
  }),
  'task-due-date-moved': (d) => ({
    lines: [`The due date moved from ${formatDate(str(d.from ?? ''))} to ${formatDate(str(d.to ?? ''))}.`],
  }),
  'task-reminder-sent': (d) => ({ lines: [`A reminder was sent to ${whoInWords(d.to)}.`] }),
  'task-escalated': (d) => ({ lines: [`The overdue task was raised with ${whoInWords(d.to)}.`] }),
  'timetable-review-due': (d) => ({ lines: [`The ${ordinal(d.occurrence)} review of this case's timetable is due.`] }),
  'care-episode-ended': (d) => ({
    lines: [
      `The care episode ended${d.dateCeased ? ` on ${formatDate(str(d.dateCeased))}` : ''}: ${
        EPISODE_ENDED[str(d.reasonCode)] ?? `reason ${str(d.reasonCode)}`
      }.`,
    ],
  }),
  'allowance-review-started': (d) => ({
    lines: [
      `Yearly reviews of the special guardian's allowance were set up${
        d.orderDate ? ` from the order made on ${formatDate(str(d.orderDate))}` : ''
      }.`,
    ],
    link:
      typeof d.allowanceReviewId === 'string' && UUID.test(d.allowanceReviewId)
        ? { to: `/cases/${d.allowanceReviewId}`, text: 'Open the allowance review' }
        : undefined,
  }),
  'social-worker-reassigned': (d) => ({
    lines: [d.from ? `From ${whoInWords(d.from)} to ${whoInWords(d.to)}.` : `Allocated to ${whoInWords(d.to)}.`],
  }),
  'notification-failed': (d) => ({
    lines: [`“${str(d.subject ?? humanise(str(d.kind ?? 'message')))}” could not be sent.`],
  }),
  'review-started': (d) => ({
    lines: [
      `The ${ordinal(d.reviewNumber)} review${d.reason === 'change-of-circumstances' ? ', for a change of circumstances' : ''}${
        d.anniversary ? `, for the review date ${formatDate(str(d.anniversary))}` : ''
      }.`,
    ],
  }),
  'review-cycle-continued': (d) => ({
    lines: [
      `The next review is the ${ordinal(d.reviewNumber)}${
        typeof d.weeklyAllowancePence === 'number' ? `, at ${formatPence(d.weeklyAllowancePence)} a week` : ''
      }.`,
    ],
  }),
  'proposal-sent': (d) => ({
    lines: [`The carers were sent a proposed allowance of ${formatPence(d.weeklyAllowancePence)} a week.`],
  }),
  'return-chased': (d) => ({ lines: [`The carers were reminded to send their return (reminder ${str(d.chase)}).`] }),
  'allowance-ended': (d) => ({
    lines: [`The allowance ends on ${formatDate(str(d.on ?? ''))}: ${valueLabel(str(d.reason ?? '')).toLowerCase()}.`],
  }),
  'refusal-letter-sent': (d) => ({ lines: d.by ? [`Sent by ${whoInWords(d.by)}.`] : [] }),
  'young-person-choice-recorded': (d) => ({
    lines: d.choice ? [`They chose: ${outcomeLabel(str(d.choice))}.`] : [],
  }),
};

/** The words for one timeline entry's data; an entry of a kind not listed gets one line per item. */
export function entryWords(kind: string, data: Data | undefined): EntryWords {
  const say = KINDS[kind];
  if (say) return say(data ?? {});
  return {
    lines: Object.entries(data ?? {})
      .filter(([k, v]) => v !== undefined && v !== null && !/Id$/.test(k))
      .map(([k, v]) => `${humanise(k.replace(/Pence$/, ''))}: ${valueInWords(k, v)}`),
  };
}

/** One value of a task's data, in words: money in pounds, dates as dates, codes as labels, people by name. */
export function valueInWords(key: string, value: unknown): string {
  if (/Pence$/.test(key) && typeof value === 'number') return formatPence(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDate(value);
  if (typeof value === 'string' && UUID.test(value)) return 'recorded';
  // A code ("post-18-support", "money") has its label; free text has spaces or capitals and stays as typed.
  if (typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) return valueLabel(value);
  if (Array.isArray(value)) return value.map((v) => valueInWords(key, v)).join(', ') || 'none';
  if (value && typeof value === 'object') {
    const v = value as Data;
    if ('name' in v || 'role' in v) return whoInWords(v);
    return (
      Object.entries(v)
        .filter(([k]) => !/Id$/.test(k))
        .map(([k, inner]) => `${humanise(k)} ${valueInWords(k, inner)}`)
        .join('; ') || 'none'
    );
  }
  return String(value);
}
