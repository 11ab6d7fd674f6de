import {
  DEFAULT_MEANS_TEST_POLICY,
  assessAllowance,
  carerReturnIncome,
  type CarerReturn,
} from '../../../libs/domain/src/allowance';

/** Issue 14's example: earnings £400, the child's DLA £110, Income Support rate £150, housing £100, age 11. */
const RETURN: CarerReturn = {
  earningsPence: 40_000,
  childDisabilityBenefitPence: 11_000,
  otherIncomePence: 0,
  familyIncomeSupportRatePence: 15_000,
  housingCostsPence: 10_000,
};

const assess = (carerReturn: CarerReturn, policy = DEFAULT_MEANS_TEST_POLICY) =>
  assessAllowance(
    {
      assessmentDate: '2025-09-01',
      period: 'week',
      baseline: { source: 'national-minimum-allowance', region: 'rest-of-england', dateOfBirth: '2014-06-01' },
      income: carerReturnIncome(carerReturn),
      familyIncomeSupportRatePence: carerReturn.familyIncomeSupportRatePence,
      allowableOutgoings: [{ description: 'housing', pence: carerReturn.housingCostsPence! }],
    },
    policy,
  );

describe("the carer's return enters the means test with each benefit by kind", () => {
  it("a policy that disregards the child's DLA leaves it out: £203.75 a week, not the £159.75 of counting it as any benefit", () => {
    const policy = { ...DEFAULT_MEANS_TEST_POLICY, childDisabilityBenefits: 'disregarded' as const };
    const result = assess(RETURN, policy);
    expect(result.meansTest).toMatchObject({ excludedIncomePence: 11_000, assessableIncomePence: 40_000 });
    expect(result.weeklyAllowancePence).toBe(20_375);
    // The same £110 entered as some other benefit is counted: what the workflow did before.
    const lumped = assess({ ...RETURN, childDisabilityBenefitPence: undefined, benefitsPence: 11_000 }, policy);
    expect(lumped.weeklyAllowancePence).toBe(15_975);
  });

  it('Income Support received passports the guardian to the full baseline', () => {
    const result = assess({ ...RETURN, incomeSupportPence: 8_000 });
    expect(result.basis).toBe('passported');
    expect(result.weeklyAllowancePence).toBe(22_000);
  });

  it('a policy that disregards child benefit leaves it out of household income', () => {
    const policy = { ...DEFAULT_MEANS_TEST_POLICY, childBenefit: 'disregarded' as const };
    expect(assess({ ...RETURN, childBenefitPence: 2_615 }, policy).meansTest!.excludedIncomePence).toBe(2_615);
  });

  it('lists each benefit under its kind, and none for a field left out', () => {
    expect(carerReturnIncome({ earningsPence: 1, universalCreditPence: 2, adultDisabilityBenefitPence: 3 })).toEqual([
      { kind: 'earnings', pence: 1 },
      { kind: 'universal-credit', pence: 2 },
      { kind: 'adult-disability-benefit', pence: 3 },
      { kind: 'other', pence: 0 },
    ]);
  });
});
