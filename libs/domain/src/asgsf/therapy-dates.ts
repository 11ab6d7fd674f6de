import { isIsoDate } from '../shared/dates';
import { ErrorType, RuleViolation } from '../shared/errors';
import { fairAccessLimitFor, type FairAccessLimits } from './fair-access-limit';
import { financialYearLabel, financialYearStart, therapyMustEndBy } from './funding-year';

/**
 * Refuses therapy dates the funding year cannot pay for: ending after 31 March of that year where
 * the year's rule says so (2025-26 on: no carry-over, domain.md §2.2, §6 [R31]), or over before the
 * year starts. A start before 1 April is allowed: therapy begun in one year may continue on a new
 * application in the next (2026-27, [R34, R35]).
 */
export function checkTherapyDates(input: {
  financialYear: number;
  startDate: string;
  endDate: string;
  limits: FairAccessLimits;
}): void {
  const { financialYear, startDate, endDate } = input;
  for (const date of [startDate, endDate]) {
    if (!isIsoDate(date)) throw new RangeError(`"${date}" is not an ISO date (YYYY-MM-DD)`);
  }
  const rule = fairAccessLimitFor(financialYear, input.limits);
  const label = financialYearLabel(financialYear);
  if (endDate < startDate) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `ASGSF therapy dates: the end date ${endDate} is before the start date ${startDate}`,
    );
  }
  const yearStart = financialYearStart(financialYear);
  if (endDate < yearStart) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `ASGSF funding year: therapy ending ${endDate} is over before ${label} starts on ${yearStart}; apply under the year it falls in`,
    );
  }
  const mustEnd = therapyMustEndBy(financialYear);
  if (rule.therapyMustEndByYearEnd && endDate > mustEnd) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `ASGSF funding year: therapy ending ${endDate} runs past 31 March; ${label} funding must finish by ${mustEnd} ` +
        `with no carry-over (domain.md §2.2, §6 [R31]); end it by then and apply again for ${financialYearLabel(financialYear + 1)}`,
    );
  }
}
