import {
  addIsoDuration,
  dateToInstant,
  instantToDate,
  isIsoDate,
  parseIsoDuration,
  refuse,
  type Policy,
} from '../../libs/domain/src';
import { eventRule, type ProcessRuntime } from '../shared/process-runtime';

/** A case in care proceedings: the 26-week limit from issue, moved by each extension granted. */
export interface Proceedings {
  deadline?: Date;
  /** Bumped on every extension, so the deadline's alarms are set again. */
  version: number;
}

/**
 * Starts the 26-week clock (s32(1)(a) CA 1989) and its warnings to the manager. The limit names a
 * day; with `endOfDay` it passes when that day ends, not at its first moment.
 */
export function watchProceedings(
  rt: ProcessRuntime,
  proceedings: Proceedings,
  issueDate: string,
  policy: Policy['sgoConversion'],
  endOfDay = false,
): void {
  proceedings.deadline = addIsoDuration(dateToInstant(issueDate), policy.proceedingsLimit);
  rt.data.proceedingsIssueDate = issueDate;
  rt.data.proceedingsDeadline = instantToDate(proceedings.deadline);
  rt.watchDeadline(
    'proceedings-deadline',
    () => proceedings.deadline!,
    () => proceedings.version,
    policy.proceedingsDeadline,
    'Care proceedings 26-week limit',
    { endOfDay },
  );
}

/** Events a conversion records from outside its tasks, with the rules each must meet. */
export function acceptConversionEvents(rt: ProcessRuntime, proceedings: Proceedings, maxExtension: string): void {
  const maxWeeks = weeksIn(maxExtension);
  rt.acceptEvents({
    'court-hearing-listed': {
      check: ({ data }) => {
        if (!isIsoDate(data?.hearingDate)) refuse('A listed hearing needs data.hearingDate, a date such as 2027-01-20');
      },
    },
    'proceedings-extended': eventRule<{ weeks: number }>({
      check: ({ data }) => {
        if (proceedings.deadline === undefined) refuse('Only a case in care proceedings has a 26-week limit to extend');
        const weeks = data?.weeks;
        if (!Number.isInteger(weeks) || (weeks as number) < 1 || (weeks as number) > maxWeeks) {
          refuse(`An extension is 1 to ${maxWeeks} weeks (s32(5) CA 1989); data.weeks was ${JSON.stringify(weeks)}`);
        }
      },
      apply: ({ data }) => {
        proceedings.deadline = addIsoDuration(proceedings.deadline!, `P${data.weeks}W`);
        proceedings.version += 1;
        rt.data.proceedingsDeadline = instantToDate(proceedings.deadline);
      },
    }),
    'case-note': {
      check: ({ data }) => {
        if (typeof data?.text !== 'string' || !data.text.trim()) refuse('A case note needs data.text');
      },
    },
  });
}

function weeksIn(duration: string): number {
  const d = parseIsoDuration(duration);
  return d.weeks + Math.floor(d.days / 7);
}
