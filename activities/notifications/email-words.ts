import { parseIsoDuration } from '../../libs/domain/src/shared/duration';

/**
 * Words for people in emails (GOV.UK style): dates as "1 December 2026", stages and processes by
 * their names, intervals as the policy sets them. A code not listed reads with its dashes as spaces.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-12-01" or an instant → "1 December 2026" (the UTC day, as the service keeps dates). */
export function longDate(date: string | Date): string {
  const d = typeof date === 'string' ? new Date(date.length === 10 ? `${date}T00:00:00Z` : date) : date;
  if (Number.isNaN(d.getTime())) return String(date);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const STAGES: Record<string, string> = {
  screening: 'Screening',
  'carer-discussion': 'Talking with the carers',
  'sgo-panel': 'SGO panel',
  'care-plan-review': 'Care plan review',
  'notice-of-intention': 'Notice of intention',
  'assessment-and-court-report': 'Assessment and court report',
  'support-plan-and-financial-assessment': 'Support plan and financial assessment',
  'legal-planning': 'Legal planning',
  court: 'Court',
  closed: 'Closed',
  'waiting-for-anniversary': 'Waiting for the review date',
  'assessment-of-need': 'Assessment of need',
  'manager-approval': 'Manager approval',
  'provider-quote': 'Provider quote',
  'fund-decision': 'Fund decision',
  'education-evidence': 'Education evidence',
  'carer-return': 'Waiting for the carers’ return',
  'care-plan-link': 'Link to the care plan',
  'family-group-conference': 'Family group conference',
};

const PROCESSES: Record<string, string> = {
  'sgo-conversion': 'SGO conversion',
  'allowance-review': 'allowance review',
  'asgsf-application': 'ASGSF application',
  'lifelong-links': 'Lifelong Links',
};

const DEADLINES: Record<string, string> = {
  'proceedings-deadline': 'Care proceedings 26-week limit',
  'application-window': 'ASGSF application window',
};

function humanise(code: string): string {
  const words = code.replace(/[-_]+/g, ' ').trim().toLowerCase();
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  return text.replace(/\b(sgo|asgsf|iro|fgc)\b/gi, (w) => w.toUpperCase());
}

export const stageName = (stage: string) => STAGES[stage] ?? humanise(stage);
export const processName = (type: string) => PROCESSES[type] ?? humanise(type);
export const deadlineName = (key: string) => DEADLINES[key] ?? humanise(key);

const UNITS: [keyof ReturnType<typeof parseIsoDuration>, string][] = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
];

/** "P14D" → "every 14 days", "P1M" → "every month", "P1Y6M" → "every 1 year and 6 months". */
export function everyInterval(iso: string): string {
  let parts: string[];
  try {
    const d = parseIsoDuration(iso);
    parts = UNITS.filter(([unit]) => d[unit] > 0).map(
      ([unit, word]) => `${d[unit]} ${word}${d[unit] === 1 ? '' : 's'}`,
    );
  } catch {
    return `every ${iso}`;
  }
  if (parts.length === 1 && parts[0].startsWith('1 ')) return `every ${parts[0].slice(2)}`;
  return `every ${parts.join(' and ')}`;
}
