import {
  type AllowanceInput,
  type AllowancePolicy,
  DEFAULT_KINSHIP_ZONE_POLICY,
  DEFAULT_MEANS_TEST_POLICY,
  type MeansTestPolicy,
  assessAllowance,
} from '../../../libs/domain/src/allowance';
import { RuleViolation } from '../../../libs/domain/src/shared/errors';

const policy = (overrides: Partial<MeansTestPolicy> = {}): MeansTestPolicy => ({
  ...DEFAULT_MEANS_TEST_POLICY,
  ...overrides,
});

/** A 7-year-old outside London and the South East on 1 Sep 2025: NMA £194 a week. */
const weeklyNma = (extra: Partial<AllowanceInput> = {}): AllowanceInput => ({
  assessmentDate: '2025-09-01',
  period: 'week',
  baseline: { source: 'national-minimum-allowance', region: 'rest-of-england', dateOfBirth: '2018-03-10' },
  ...extra,
});

describe('DfE means test: the Lincolnshire worked example (domain.md §3.2, monthly)', () => {
  const example: AllowanceInput = {
    assessmentDate: '2025-09-01',
    period: 'month',
    baseline: { source: 'local-fostering-allowance', pence: 78_349 },
    income: [{ kind: 'earnings', pence: 150_000 }],
    allowableOutgoings: [{ description: 'allowable expenditure (example line C)', pence: 110_000 }],
  };

  it('reproduces each step: £1,500 income, £1,200 after the 20% disregard, £100 disposable, £50 deducted', () => {
    const result = assessAllowance(example, DEFAULT_MEANS_TEST_POLICY);
    expect(result.basis).toBe('means-tested');
    expect(result.meansTest).toEqual({
      householdIncomePence: 150_000,
      excludedIncomePence: 0,
      assessableIncomePence: 150_000,
      incomeDisregardPence: 30_000,
      incomeAfterDisregardPence: 120_000,
      livingCostAllowancePence: 0,
      otherAllowableOutgoingsPence: 110_000,
      allowableOutgoingsPence: 110_000,
      disposableIncomePence: 10_000,
      deductionPence: 5_000,
    });
    expect(result.baseline).toEqual({ pence: 78_349, source: 'local-fostering-allowance' });
  });

  it('pays the £783.49 baseline less the £50 deduction, £733.49 a month (the source truncates this last line)', () => {
    const result = assessAllowance(example, DEFAULT_MEANS_TEST_POLICY);
    expect(result.allowancePence).toBe(73_349);
    // £733.49 × 12 ÷ 52 = £169.2669…, rounded to the nearest penny.
    expect(result.weeklyAllowancePence).toBe(16_927);
    expect(result.totalPence).toBe(73_349);
  });

  it('gives the same £100 disposable income when the £1,100 is living costs at 125% of a £400 Income Support rate plus £600 other outgoings', () => {
    const result = assessAllowance(
      {
        ...example,
        familyIncomeSupportRatePence: 40_000,
        allowableOutgoings: [{ description: 'housing', pence: 60_000 }],
      },
      DEFAULT_MEANS_TEST_POLICY,
    );
    expect(result.meansTest).toMatchObject({
      livingCostAllowancePence: 50_000,
      allowableOutgoingsPence: 110_000,
      disposableIncomePence: 10_000,
    });
    expect(result.allowancePence).toBe(73_349);
  });

  it('uses 100% of the Income Support rate under a Devon-style policy, so less is allowed and more deducted', () => {
    const result = assessAllowance(
      {
        ...example,
        familyIncomeSupportRatePence: 40_000,
        allowableOutgoings: [{ description: 'housing', pence: 60_000 }],
      },
      policy({ livingCostAllowancePercent: 100 }),
    );
    expect(result.meansTest).toMatchObject({
      livingCostAllowancePence: 40_000,
      disposableIncomePence: 20_000,
      deductionPence: 10_000,
    });
    expect(result.allowancePence).toBe(68_349);
  });
});

describe('DfE means test: edges', () => {
  it('pays the full weekly NMA baseline when the household has no income', () => {
    const result = assessAllowance(weeklyNma({ income: [] }), DEFAULT_MEANS_TEST_POLICY);
    expect(result.meansTest).toMatchObject({ householdIncomePence: 0, disposableIncomePence: 0, deductionPence: 0 });
    expect(result.baseline).toEqual({
      pence: 19_400,
      source: 'national-minimum-allowance',
      financialYear: '2025-26',
      region: 'rest-of-england',
      ageBand: '5-10',
    });
    expect(result.allowancePence).toBe(19_400);
    expect(result.weeklyAllowancePence).toBe(19_400);
  });

  it('deducts nothing when disposable income is negative, so the allowance equals the baseline and never exceeds it', () => {
    const result = assessAllowance(
      weeklyNma({
        income: [{ kind: 'earnings', pence: 30_000 }],
        allowableOutgoings: [{ description: 'rent', pence: 50_000 }],
      }),
      DEFAULT_MEANS_TEST_POLICY,
    );
    expect(result.meansTest).toMatchObject({
      incomeAfterDisregardPence: 24_000,
      disposableIncomePence: -26_000,
      deductionPence: 0,
    });
    expect(result.allowancePence).toBe(19_400);
  });

  it('pays nothing, not a negative amount, when the deduction exceeds the baseline', () => {
    const result = assessAllowance(
      weeklyNma({ income: [{ kind: 'earnings', pence: 100_000 }] }),
      DEFAULT_MEANS_TEST_POLICY,
    );
    expect(result.meansTest?.deductionPence).toBe(40_000);
    expect(result.allowancePence).toBe(0);
    expect(result.weeklyTotalPence).toBe(0);
  });

  it('restates the weekly NMA as a monthly baseline on a 52-week year (£194 × 52 ÷ 12 = £840.67)', () => {
    const result = assessAllowance({ ...weeklyNma(), period: 'month' }, DEFAULT_MEANS_TEST_POLICY);
    expect(result.baseline.pence).toBe(84_067);
    expect(result.allowancePence).toBe(84_067);
  });

  it("counts the child's DLA by default and leaves it out when the policy disregards it", () => {
    const input = weeklyNma({
      income: [
        { kind: 'earnings', pence: 20_000 },
        { kind: 'child-disability-benefit', pence: 10_000 },
      ],
    });
    expect(assessAllowance(input, DEFAULT_MEANS_TEST_POLICY).meansTest).toMatchObject({
      assessableIncomePence: 30_000,
      deductionPence: 12_000,
    });
    expect(assessAllowance(input, policy({ childDisabilityBenefits: 'disregarded' })).meansTest).toMatchObject({
      householdIncomePence: 30_000,
      excludedIncomePence: 10_000,
      assessableIncomePence: 20_000,
      deductionPence: 8_000,
    });
  });

  it('counts child benefit by default and leaves it out when the policy disregards it', () => {
    const input = weeklyNma({ income: [{ kind: 'child-benefit', pence: 2_610 }] });
    expect(assessAllowance(input, DEFAULT_MEANS_TEST_POLICY).meansTest?.assessableIncomePence).toBe(2_610);
    expect(assessAllowance(input, policy({ childBenefit: 'disregarded' })).meansTest?.assessableIncomePence).toBe(0);
  });

  it('uses a 30% housing disregard when the policy sets one', () => {
    const result = assessAllowance(
      weeklyNma({ income: [{ kind: 'earnings', pence: 10_000 }] }),
      policy({ incomeDisregardPercent: 30 }),
    );
    expect(result.meansTest).toMatchObject({ incomeDisregardPence: 3_000, deductionPence: 3_500 });
  });

  it('passports a guardian on Income Support to the full baseline with no means test, but not one on UC unless the policy says so', () => {
    const onIncomeSupport = weeklyNma({
      income: [
        { kind: 'income-support', pence: 9_000 },
        { kind: 'earnings', pence: 90_000 },
      ],
    });
    const passported = assessAllowance(onIncomeSupport, DEFAULT_MEANS_TEST_POLICY);
    expect(passported.basis).toBe('passported');
    expect(passported.meansTest).toBeNull();
    expect(passported.allowancePence).toBe(19_400);

    const onUc = weeklyNma({ income: [{ kind: 'universal-credit', pence: 90_000 }] });
    expect(assessAllowance(onUc, DEFAULT_MEANS_TEST_POLICY).basis).toBe('means-tested');
    expect(assessAllowance(onUc, policy({ passportingBenefits: ['universal-credit'] })).allowancePence).toBe(19_400);
  });

  it("rounds odd pence to the nearest penny by default and in the carer's favour when the policy says so", () => {
    // 20% of £100.01 is 2000.2p; half of the 1p-odd disposable income is a half penny.
    const input = weeklyNma({
      income: [{ kind: 'earnings', pence: 10_001 }],
      allowableOutgoings: [{ description: 'rent', pence: 7_900 }],
    });
    expect(assessAllowance(input, DEFAULT_MEANS_TEST_POLICY).meansTest).toMatchObject({
      incomeDisregardPence: 2_000,
      disposableIncomePence: 101,
      deductionPence: 51,
    });
    expect(assessAllowance(input, policy({ rounding: 'in-carer-favour' })).meansTest).toMatchObject({
      incomeDisregardPence: 2_001,
      disposableIncomePence: 100,
      deductionPence: 50,
    });
  });

  it('refuses fractional or negative pence', () => {
    expect(() =>
      assessAllowance(weeklyNma({ income: [{ kind: 'earnings', pence: 10.5 }] }), DEFAULT_MEANS_TEST_POLICY),
    ).toThrow(/whole, non-negative/);
    expect(() =>
      assessAllowance(
        weeklyNma({ allowableOutgoings: [{ description: 'rent', pence: -1 }] }),
        DEFAULT_MEANS_TEST_POLICY,
      ),
    ).toThrow(RangeError);
  });

  it('refuses a policy with a disregard over 100%', () => {
    expect(() => assessAllowance(weeklyNma(), policy({ incomeDisregardPercent: 120 }))).toThrow(
      /incomeDisregardPercent/,
    );
  });
});

describe('Kinship Zone flat allowance (domain.md §3.3)', () => {
  it('pays the NMA baseline whatever the household income, with no means test', () => {
    const result = assessAllowance(
      weeklyNma({ income: [{ kind: 'earnings', pence: 500_000 }] }),
      DEFAULT_KINSHIP_ZONE_POLICY,
    );
    expect(result.basis).toBe('kinship-zone');
    expect(result.meansTest).toBeNull();
    expect(result.allowancePence).toBe(19_400);
  });

  it('refuses a local fostering rate as the baseline, because the zone allowance equals the NMA', () => {
    const attempt = () =>
      assessAllowance(
        { ...weeklyNma(), baseline: { source: 'local-fostering-allowance', pence: 25_000 } },
        DEFAULT_KINSHIP_ZONE_POLICY,
      );
    expect(attempt).toThrow(RuleViolation);
    expect(attempt).toThrow(/national minimum/);
  });

  it('pays on the last day of the 3-year claim and refuses from the day it ends', () => {
    const claim = (assessmentDate: string) =>
      assessAllowance(
        {
          ...weeklyNma(),
          assessmentDate,
          kinshipZoneClaimStart: '2022-09-01',
          baseline: {
            source: 'national-minimum-allowance',
            financialYear: '2025-26',
            region: 'london',
            dateOfBirth: '2018-03-10',
          },
        },
        DEFAULT_KINSHIP_ZONE_POLICY,
      );
    expect(claim('2025-08-31').allowancePence).toBe(22_500);
    expect(() => claim('2025-09-01')).toThrow(/only until 2025-09-01/);
  });
});

describe('transitional remuneration inside the assessment', () => {
  const withCarer = (assessmentDate: string, p: AllowancePolicy = DEFAULT_MEANS_TEST_POLICY) =>
    assessAllowance(
      {
        ...weeklyNma(),
        assessmentDate,
        baseline: { source: 'local-fostering-allowance', pence: 19_400 },
        formerFosterCarer: { orderDate: '2024-06-10', remunerationPence: 15_000 },
      },
      p,
    );

  it("adds the former foster carer's fee on top of the allowance the day before the 2-year end", () => {
    const result = withCarer('2026-06-09');
    expect(result.transitionalRemuneration).toEqual({
      payable: true,
      endsOn: '2026-06-10',
      pence: 15_000,
      weeklyPence: 15_000,
    });
    expect(result.allowancePence).toBe(19_400);
    expect(result.totalPence).toBe(34_400);
  });

  it('stops the fee on the second anniversary of the order and reports the end date', () => {
    const result = withCarer('2026-06-10');
    expect(result.transitionalRemuneration).toEqual({ payable: false, endsOn: '2026-06-10', pence: 0, weeklyPence: 0 });
    expect(result.totalPence).toBe(19_400);
  });

  it('adds the fee to a Kinship Zone allowance too', () => {
    const result = assessAllowance(
      { ...weeklyNma(), formerFosterCarer: { orderDate: '2024-06-10', remunerationPence: 15_000 } },
      DEFAULT_KINSHIP_ZONE_POLICY,
    );
    expect(result.totalPence).toBe(34_400);
  });
});
