import {
  DEFAULT_KINSHIP_ZONE_POLICY,
  DEFAULT_MEANS_TEST_POLICY,
  allowanceEndDate,
  eighteenthBirthday,
  kinshipZoneClaimEnds,
  nextAnniversary,
  nextReview,
  reviewPackDue,
} from '../../../libs/domain/src/allowance';
import { ageOn } from '../../../libs/domain/src/shared/dates';

describe('nextAnniversary', () => {
  it('gives the first anniversary after a date inside the year', () => {
    expect(nextAnniversary('2024-06-10', '2025-01-01')).toBe('2025-06-10');
    expect(nextAnniversary('2024-06-10', '2025-06-09')).toBe('2025-06-10');
  });

  it('moves to the following year when the date is the anniversary itself', () => {
    expect(nextAnniversary('2024-06-10', '2025-06-10')).toBe('2026-06-10');
  });

  it('never returns the start date itself as an anniversary', () => {
    expect(nextAnniversary('2024-06-10', '2024-06-10')).toBe('2025-06-10');
    expect(nextAnniversary('2024-06-10', '2023-01-01')).toBe('2025-06-10');
  });

  it('puts a 29 February order on 28 February in non-leap years and back on 29 February in leap years', () => {
    expect(nextAnniversary('2024-02-29', '2024-03-01')).toBe('2025-02-28');
    expect(nextAnniversary('2024-02-29', '2025-02-28')).toBe('2026-02-28');
    expect(nextAnniversary('2024-02-29', '2027-03-01')).toBe('2028-02-29');
  });
});

describe('review pack', () => {
  it('is due six weeks before the anniversary under the default policy', () => {
    expect(reviewPackDue('2026-06-10')).toBe('2026-04-29');
  });

  it("is due the council's lead time before the anniversary when it sets one", () => {
    expect(reviewPackDue('2026-06-10', 'P4W')).toBe('2026-05-13');
  });

  it('comes with the next anniversary from nextReview', () => {
    expect(nextReview('2024-02-29', '2025-01-10', DEFAULT_MEANS_TEST_POLICY)).toEqual({
      anniversary: '2025-02-28',
      packDue: '2025-01-17',
    });
  });
});

describe('eighteenthBirthday', () => {
  it('is the same day 18 years on', () => {
    expect(eighteenthBirthday('2008-06-02')).toBe('2026-06-02');
  });

  it('falls on 1 March for a 29 February birth, the day ageOn first counts 18', () => {
    expect(eighteenthBirthday('2008-02-29')).toBe('2026-03-01');
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('allowanceEndDate', () => {
  const dateOfBirth = '2009-09-20';

  it('stops the allowance on the 18th birthday when the young person is not in full-time education or training', () => {
    expect(allowanceEndDate({ dateOfBirth })).toEqual({ endsOn: '2027-09-20', reason: 'eighteenth-birthday' });
  });

  it('continues past 18 until the day after the course ends for a young person in full-time education or training', () => {
    expect(allowanceEndDate({ dateOfBirth, fullTimeEducationOrTraining: { lastDayOfCourse: '2028-07-14' } })).toEqual({
      endsOn: '2028-07-15',
      reason: 'education-or-training-ends',
    });
  });

  it('still stops at 18 when the course ends before the 18th birthday', () => {
    expect(
      allowanceEndDate({ dateOfBirth, fullTimeEducationOrTraining: { lastDayOfCourse: '2027-07-16' } }).reason,
    ).toBe('eighteenth-birthday');
  });

  it('stops at 18 despite education when the allowance was not payable just before the birthday (reg 2(2))', () => {
    const result = allowanceEndDate({
      dateOfBirth,
      payableImmediatelyBefore18: false,
      fullTimeEducationOrTraining: { lastDayOfCourse: '2028-07-14' },
    });
    expect(result).toEqual({ endsOn: '2027-09-20', reason: 'eighteenth-birthday' });
  });

  it('continues past 18 under a Kent-style policy only when the young person has an EHCP', () => {
    const kent = { over18Continuation: 'full-time-education-or-training-with-ehcp' } as const;
    expect(
      allowanceEndDate({ dateOfBirth, fullTimeEducationOrTraining: { lastDayOfCourse: '2028-07-14' } }, kent).endsOn,
    ).toBe('2027-09-20');
    expect(
      allowanceEndDate(
        { dateOfBirth, fullTimeEducationOrTraining: { lastDayOfCourse: '2028-07-14', hasEhcp: true } },
        kent,
      ).endsOn,
    ).toBe('2028-07-15');
  });

  it("stops earlier on a cessation event such as the child leaving the guardian's home", () => {
    expect(
      allowanceEndDate({ dateOfBirth, cessations: [{ reason: 'child-left-guardian-household', date: '2026-01-05' }] }),
    ).toEqual({
      endsOn: '2026-01-05',
      reason: 'child-left-guardian-household',
    });
  });
});

describe('kinshipZoneClaimEnds', () => {
  it('ends the flat allowance claim 3 years after it started', () => {
    expect(kinshipZoneClaimEnds('2026-04-01', DEFAULT_KINSHIP_ZONE_POLICY)).toBe('2029-04-01');
  });
});
