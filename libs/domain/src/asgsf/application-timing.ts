import { ErrorType, RuleViolation } from '../shared/errors';
import { formatPounds } from '../shared/money';

/**
 * When an application may go to the fund (domain.md §2.3 stage 5, §2.4): within the application
 * window of the assessment of need (3 months, policy), and before the therapy starts; a retrospective
 * application only in exceptional cases, which the council records with its reasons.
 */
export function checkApplicationTiming(input: {
  submissionDate: string;
  /** The last day the window allows (the assessment date plus the policy's window). */
  lastDayToApply: string;
  therapyStartDate: string;
  /** Why a retrospective application is exceptional; none: a retrospective one is refused. */
  exceptionalReasons?: string;
}): void {
  const { submissionDate, lastDayToApply, therapyStartDate } = input;
  if (submissionDate > lastDayToApply) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `ASGSF application window: an application must go in within the window after the assessment of need, by ` +
        `${lastDayToApply}; one submitted on ${submissionDate} is late (domain.md §2.3 stage 5)`,
    );
  }
  if (submissionDate > therapyStartDate && !input.exceptionalReasons?.trim()) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `ASGSF retrospective application: the therapy started on ${therapyStartDate}, before the submission on ` +
        `${submissionDate}; apply before therapy starts, or record in exceptionalReasons why this case is exceptional ` +
        '(domain.md §2.3 stage 5)',
    );
  }
}

/**
 * The part of a quote the council pays itself above the fund (domain.md §2.2: "LAs may top up from
 * their own budgets"; no match funding from the fund). What is left is asked of the fund.
 */
export function fundShareOfQuote(costPence: number, councilTopUpPence: number | undefined): number {
  const topUp = councilTopUpPence ?? 0;
  if (topUp >= costPence) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `ASGSF council top-up: a top-up of ${formatPounds(topUp)} covers the whole ${formatPounds(costPence)} quoted, so nothing is asked of the fund; ` +
        'record a top-up below the cost',
    );
  }
  return costPence - topUp;
}
