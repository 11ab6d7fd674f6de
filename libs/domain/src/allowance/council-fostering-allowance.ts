import { ErrorType, RuleViolation } from '../shared/errors';
import {
  AGE_BANDS,
  ageBandOn,
  fosteringYearOf,
  type AgeBand,
  type FosteringAllowanceYear,
  type FosteringRegion,
} from './fostering-allowance';

/**
 * The council's own fostering allowance: what it pays its foster carers, the baseline an SGO
 * allowance must be guided by (*B v Lewisham* [2008] EWHC 738 (Admin), domain.md §3.1 [R45]).
 * Policy data, weekly pence by rate year (6 April to 5 April) and NMA age band; never below the
 * national minimum for the same year and band.
 */
export interface CouncilFosteringAllowanceYear {
  financialYear: string;
  /** Where the figures come from (the council's published rates). */
  source: string;
  weeklyPence: Record<AgeBand, number>;
}

/** The council's weekly fostering allowance for the child's band on a date; refused for a year not held. */
export function councilFosteringAllowance(args: {
  dateOfBirth: string;
  onDate: string;
  rates: readonly CouncilFosteringAllowanceYear[];
}): { weeklyPence: number; financialYear: string; ageBand: AgeBand } {
  const financialYear = fosteringYearOf(args.onDate);
  const ageBand = ageBandOn(args.dateOfBirth, args.onDate);
  const year = args.rates.find((entry) => entry.financialYear === financialYear);
  if (!year) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `No council fostering allowance is recorded for ${financialYear} (years held: ${args.rates
        .map((entry) => entry.financialYear)
        .join(', ')}); add the council's rates for the year to the policy`,
    );
  }
  return { weeklyPence: year.weeklyPence[ageBand], financialYear, ageBand };
}

/**
 * Refuses council rates that are malformed or below the national minimum allowance for the same year,
 * region and band (where the NMA for that year is held), naming the year and band.
 */
export function assertCouncilFosteringAllowance(
  rates: readonly CouncilFosteringAllowanceYear[],
  nationalMinimum: readonly FosteringAllowanceYear[],
  region: FosteringRegion,
): void {
  for (const year of rates) {
    if (!/^\d{4}-\d{2}$/.test(year.financialYear ?? ''))
      throw new TypeError(`councilFosteringAllowance: financialYear must be like 2025-26, not "${year.financialYear}"`);
    const nma = nationalMinimum.find((entry) => entry.financialYear === year.financialYear);
    for (const band of AGE_BANDS) {
      const pence = year.weeklyPence?.[band];
      if (!Number.isSafeInteger(pence) || pence < 0)
        throw new TypeError(
          `councilFosteringAllowance ${year.financialYear} ${band}: weekly pence must be a whole number`,
        );
      const minimum = nma?.weeklyPence[region][band];
      if (minimum !== undefined && pence < minimum)
        throw new TypeError(
          `councilFosteringAllowance ${year.financialYear} ${band}: ${pence} pence a week is below the national minimum ` +
            `of ${minimum} for ${region}`,
        );
    }
  }
}
