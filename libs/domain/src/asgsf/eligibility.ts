/**
 * Who the ASGSF can fund (domain.md §2.1): children and young people "up to and including 21, or 25
 * with an EHCP, living in England" [R6, R7, R29], who were looked after immediately before their
 * SGO, CAO/RO or adoption. SGO children who were not previously looked after are not eligible
 * [R7, R29, S4]. So a child stays eligible through the whole year of being 21 (or 25) and ages out
 * on the 22nd (or 26th) birthday. domain.md §2.4 and §6 say "21st birthday cut-off" loosely; §2.1
 * quotes the guidance, which this follows.
 */
import { ageOn, isIsoDate } from '../shared/dates';
import { ErrorType, RuleViolation } from '../shared/errors';

/** The oldest age (in whole years) the fund covers. */
export const ASGSF_MAX_AGE = { standard: 21, withEhcp: 25 } as const;

export interface AsgsfEligibilityFacts {
  dateOfBirth: string;
  /** The date eligibility is judged on (application or assessment date). */
  onDate: string;
  /**
   * Looked after immediately before an SGO, CAO or RO was made, or adopted from care (or any other
   * route in the §2.1 list: placed for adoption, adopted from abroad with recognised status).
   */
  previouslyLookedAfter: boolean;
  /** Has an Education, Health and Care Plan: the age limit rises to 25. */
  ehcp: boolean;
  /** Only an explicit false is refused; leave it out when not yet known. */
  livesInEngland?: boolean;
}

export interface AsgsfEligibility {
  age: number;
  maxAge: number;
  /** The first day the child is too old: the 22nd birthday (26th with an EHCP). */
  ageOutDate: string;
}

/** Refuses a child the fund cannot pay for, naming the rule; otherwise says when they age out. */
export function checkAsgsfEligibility(facts: AsgsfEligibilityFacts): AsgsfEligibility {
  const { dateOfBirth, onDate, ehcp } = facts;
  for (const date of [dateOfBirth, onDate]) {
    if (!isIsoDate(date)) throw new RangeError(`"${date}" is not an ISO date (YYYY-MM-DD)`);
  }
  if (onDate < dateOfBirth) throw new RangeError(`${onDate} is before the date of birth ${dateOfBirth}`);
  if (!facts.previouslyLookedAfter) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      'ASGSF eligibility (previously looked after): the child was not looked after immediately before the SGO, ' +
        'CAO or adoption, and children not previously looked after are not eligible (domain.md §2.1 [R7, R29, S4])',
    );
  }
  if (facts.livesInEngland === false) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      'ASGSF eligibility (lives in England): the fund covers only children living in England (domain.md §2.1 [R6, R29])',
    );
  }
  const age = ageOn(dateOfBirth, onDate);
  const maxAge = ehcp ? ASGSF_MAX_AGE.withEhcp : ASGSF_MAX_AGE.standard;
  const ageOutDate = asgsfAgeOutDate(dateOfBirth, ehcp);
  if (age > maxAge) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `ASGSF eligibility (age limit): the child is ${age} on ${onDate}, and the fund covers children up to and including ` +
        `${maxAge}${ehcp ? ' with an EHCP' : ' (25 with an EHCP)'}; they aged out on ${ageOutDate} (domain.md §2.1 [R6, R7, R29])`,
    );
  }
  return { age, maxAge, ageOutDate };
}

/**
 * Refuses therapy the young person would not be eligible for while it runs: it must end before
 * they age out (the 22nd birthday, 26th with an EHCP), not only be applied for before then.
 */
export function checkTherapyBeforeAgeOut(facts: {
  dateOfBirth: string;
  ehcp: boolean;
  startDate: string;
  endDate: string;
}): void {
  const ageOutDate = asgsfAgeOutDate(facts.dateOfBirth, facts.ehcp);
  if (facts.endDate >= ageOutDate) {
    const maxAge = facts.ehcp ? ASGSF_MAX_AGE.withEhcp : ASGSF_MAX_AGE.standard;
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `ASGSF eligibility (age limit): the young person ages out on ${ageOutDate} (the fund covers up to and including ` +
        `${maxAge}${facts.ehcp ? ' with an EHCP' : ''}), so therapy from ${facts.startDate} to ${facts.endDate} ` +
        `cannot be funded; it must end by the day before (domain.md §2.1 [R6, R7, R29])`,
    );
  }
}

/**
 * The 22nd birthday, or the 26th with an EHCP. A 29 February birthday falls on 1 March in a
 * non-leap year, as `ageOn` counts it.
 */
export function asgsfAgeOutDate(dateOfBirth: string, ehcp: boolean): string {
  if (!isIsoDate(dateOfBirth)) throw new RangeError(`"${dateOfBirth}" is not an ISO date (YYYY-MM-DD)`);
  const year = Number(dateOfBirth.slice(0, 4)) + (ehcp ? ASGSF_MAX_AGE.withEhcp : ASGSF_MAX_AGE.standard) + 1;
  const monthDay = dateOfBirth.slice(5);
  const candidate = `${year}-${monthDay}`;
  return isIsoDate(candidate) ? candidate : `${year}-03-01`;
}
