/**
 * ASGSF clocks (domain.md §2.3 stages 5 and 6, §2.4, §6).
 *
 * Application window: 3 months from the needs assessment per the gov.uk guidance 2022-25 [R6, R29];
 * one 2025 article says 4 months (unconfirmed, domain.md §2.3 and §7). The window is policy data,
 * so a council that confirms 4 months sets applicationWindow to 'P4M'.
 * Fund decision: within 20 working days of submission [R9, R39] (one provider quotes 25).
 */
import { dateToInstant, instantToDate, isIsoDate } from '../shared/dates';
import { addIsoDuration, isIsoDuration } from '../shared/duration';
import { addWorkingDays } from './bank-holidays';

export interface AsgsfTimescales {
  /** ISO 8601 duration from the assessment completion date to the application deadline. */
  applicationWindow: string;
  /** Working days (England and Wales) the fund has to decide after submission. */
  decisionWorkingDays: number;
}

export const DEFAULT_ASGSF_TIMESCALES: AsgsfTimescales = { applicationWindow: 'P3M', decisionWorkingDays: 20 };

/**
 * The last day to apply: the assessment completion date plus the window, on the calendar
 * (30 November + 3 months = 28 February or 29 in a leap year).
 */
export function applicationDueDate(
  assessmentDate: string,
  timescales: AsgsfTimescales = DEFAULT_ASGSF_TIMESCALES,
): string {
  assertIsoDate(assessmentDate);
  if (!isIsoDuration(timescales.applicationWindow)) {
    throw new RangeError(
      `applicationWindow must be an ISO 8601 duration such as P3M, not "${timescales.applicationWindow}"`,
    );
  }
  return instantToDate(addIsoDuration(dateToInstant(assessmentDate), timescales.applicationWindow));
}

/**
 * The day the fund's decision is due: the 20th working day after submission. Still undecided at
 * the end of that day, it is overdue (see isFundDecisionOverdue).
 */
export function fundDecisionDueDate(
  submissionDate: string,
  timescales: AsgsfTimescales = DEFAULT_ASGSF_TIMESCALES,
): string {
  assertIsoDate(submissionDate);
  return addWorkingDays(submissionDate, timescales.decisionWorkingDays);
}

/** True from the day after the decision due date. */
export function isFundDecisionOverdue(
  submissionDate: string,
  onDate: string,
  timescales: AsgsfTimescales = DEFAULT_ASGSF_TIMESCALES,
): boolean {
  assertIsoDate(onDate);
  return onDate > fundDecisionDueDate(submissionDate, timescales);
}

function assertIsoDate(date: string): void {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not an ISO date (YYYY-MM-DD)`);
}
