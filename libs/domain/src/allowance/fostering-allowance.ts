import { ageOn, isIsoDate } from '../shared/dates';
import { ErrorType, RuleViolation } from '../shared/errors';

/**
 * The national minimum fostering allowance (NMA), the baseline the means test starts from
 * (domain.md §3.2; *B v Lewisham* says the LA's fostering allowance must guide SGO allowances [R45]).
 * Held as data, weekly, in pence, by year, region and age band. Add a year only from a source.
 */

export const FOSTERING_REGIONS = ['london', 'south-east', 'rest-of-england'] as const;
export type FosteringRegion = (typeof FOSTERING_REGIONS)[number];

/** The NMA age bands, in whole years (domain.md §3.2). There is no band from 18. */
export const AGE_BANDS = ['0-2', '3-4', '5-10', '11-15', '16-17'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface FosteringAllowanceYear {
  /** The rate year, named like `2025-26`. */
  financialYear: string;
  /** First and last day the rates apply: the NMA year runs 6 April to 5 April (domain.md §3.2). */
  from: string;
  to: string;
  source: string;
  weeklyPence: Record<FosteringRegion, Record<AgeBand, number>>;
}

const pounds = (london: number, southEast: number, restOfEngland: number) => ({
  london: london * 100,
  'south-east': southEast * 100,
  'rest-of-england': restOfEngland * 100,
});

/**
 * 2025-26 is the only year the reference gives (up 3.55% on 2024-25, whose figures it does not give,
 * so they are not derived here) [R51, R52]. The figures are whole pounds per week.
 */
const NMA_2025_26 = {
  '0-2': pounds(198, 189, 170),
  '3-4': pounds(201, 196, 176),
  '5-10': pounds(225, 216, 194),
  '11-15': pounds(257, 247, 220),
  '16-17': pounds(299, 288, 258),
};

export const NATIONAL_MINIMUM_ALLOWANCE: readonly FosteringAllowanceYear[] = [
  {
    financialYear: '2025-26',
    from: '2025-04-06',
    to: '2026-04-05',
    source: 'domain.md §3.2 [R51, R52]',
    weeklyPence: byRegion(NMA_2025_26),
  },
];

function byRegion(
  table: Record<AgeBand, Record<FosteringRegion, number>>,
): Record<FosteringRegion, Record<AgeBand, number>> {
  const out = {} as Record<FosteringRegion, Record<AgeBand, number>>;
  for (const region of FOSTERING_REGIONS) {
    out[region] = {} as Record<AgeBand, number>;
    for (const band of AGE_BANDS) out[region][band] = table[band][region];
  }
  return out;
}

/** The NMA year a date falls in: it changes on 6 April (domain.md §3.2: 6 Apr 2025 – 5 Apr 2026). */
export function fosteringYearOf(isoDate: string): string {
  assertDate(isoDate, 'date');
  const [y, m, d] = isoDate.split('-').map(Number);
  const start = m > 4 || (m === 4 && d >= 6) ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The NMA age band on a date. A birthday moves the child up on the day itself (as `ageOn` counts it;
 * a 29 February birthday falls on 1 March in other years). Refused from 18: the NMA has no adult band.
 */
export function ageBandOn(dateOfBirth: string, onDate: string): AgeBand {
  assertDate(dateOfBirth, 'dateOfBirth');
  assertDate(onDate, 'onDate');
  if (onDate < dateOfBirth) throw new RangeError(`onDate ${onDate} is before the date of birth ${dateOfBirth}`);
  const age = ageOn(dateOfBirth, onDate);
  if (age <= 2) return '0-2';
  if (age <= 4) return '3-4';
  if (age <= 10) return '5-10';
  if (age <= 15) return '11-15';
  if (age <= 17) return '16-17';
  throw new RuleViolation(
    ErrorType.RuleRefused,
    `The national minimum fostering allowance has no band for a young person aged ${age}; a council paying past 18 ` +
      'must choose the rate itself (domain.md §3.2 gives bands to 16–17 only)',
  );
}

/**
 * The weekly NMA in pence for a year, region and band, refusing anything the data does not hold.
 * `rates` are the years held (a council's policy); by default the ones this module holds.
 */
export function weeklyNationalMinimumAllowance(
  financialYear: string,
  region: FosteringRegion,
  band: AgeBand,
  rates: readonly FosteringAllowanceYear[] = NATIONAL_MINIMUM_ALLOWANCE,
): number {
  const year = rates.find((entry) => entry.financialYear === financialYear);
  if (!year) {
    const held = rates.map((entry) => entry.financialYear).join(', ');
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `No national minimum fostering allowance is recorded for ${financialYear} (years held: ${held}); add the year's rates from a source`,
    );
  }
  if (!(FOSTERING_REGIONS as readonly string[]).includes(region)) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `"${region}" is not a fostering-allowance region; use one of ${FOSTERING_REGIONS.join(', ')}`,
    );
  }
  if (!(AGE_BANDS as readonly string[]).includes(band)) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `"${band}" is not an NMA age band; use one of ${AGE_BANDS.join(', ')}`,
    );
  }
  return year.weeklyPence[region][band];
}

export interface BaselineAllowance {
  weeklyPence: number;
  financialYear: string;
  region: FosteringRegion;
  ageBand: AgeBand;
}

/**
 * The child's weekly baseline: the NMA for the child's age band on `onDate`. `financialYear` names
 * the rate year to use (a council may keep last year's rates until it uprates); left out, it is the
 * NMA year `onDate` falls in.
 */
export function baselineAllowance(args: {
  financialYear?: string;
  region: FosteringRegion;
  dateOfBirth: string;
  onDate: string;
  rates?: readonly FosteringAllowanceYear[];
}): BaselineAllowance {
  const financialYear = args.financialYear ?? fosteringYearOf(args.onDate);
  const ageBand = ageBandOn(args.dateOfBirth, args.onDate);
  const weeklyPence = weeklyNationalMinimumAllowance(financialYear, args.region, ageBand, args.rates);
  return { weeklyPence, financialYear, region: args.region, ageBand };
}

function assertDate(value: string, label: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${label} must be an ISO date (YYYY-MM-DD), not "${value}"`);
}
