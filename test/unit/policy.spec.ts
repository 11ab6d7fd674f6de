import { DEFAULT_POLICY, mergePolicy } from '../../libs/domain/src';

describe('policy', () => {
  it('keeps the fortnightly timetable review and 3-month report clock by default', () => {
    expect(DEFAULT_POLICY.sgoConversion.timetableReviewInterval).toBe('P14D');
    expect(DEFAULT_POLICY.sgoConversion.reportDueAfterNotice).toBe('P3M');
  });

  it('overlays a council override without touching the other keys', () => {
    const merged = mergePolicy(DEFAULT_POLICY, {
      sgoConversion: { timetableReviewInterval: 'P7D', tasks: { screening: { due: 'P5D' } } },
    });
    expect(merged.sgoConversion.timetableReviewInterval).toBe('P7D');
    expect(merged.sgoConversion.tasks.screening).toEqual({
      ...DEFAULT_POLICY.sgoConversion.tasks.screening,
      due: 'P5D',
    });
    expect(merged.sgoConversion.reportDueAfterNotice).toBe('P3M');
    expect(DEFAULT_POLICY.sgoConversion.timetableReviewInterval).toBe('P14D');
  });

  it('refuses an unknown key, naming it', () => {
    expect(() => mergePolicy(DEFAULT_POLICY, { sgoConversion: { reviewEvery: 'P7D' } })).toThrow(
      'policy.sgoConversion.reviewEvery is not a policy key',
    );
  });

  it('refuses a duration that is not ISO 8601, naming the key', () => {
    expect(() => mergePolicy(DEFAULT_POLICY, { sgoConversion: { timetableReviewInterval: '14 days' } })).toThrow(
      /timetableReviewInterval must be an ISO 8601 duration/,
    );
    expect(() =>
      mergePolicy(DEFAULT_POLICY, { sgoConversion: { tasks: { screening: { reminderLeadTimes: ['2 days'] } } } }),
    ).toThrow(/reminderLeadTimes\[0\]/);
  });

  it('lets a council name its own team mailboxes', () => {
    expect(mergePolicy(DEFAULT_POLICY, { mailboxes: { admin: 'it@council.example' } }).mailboxes.admin).toBe(
      'it@council.example',
    );
  });

  it('refuses a council fostering allowance below the national minimum when the policy loads, naming the year and band', () => {
    const below = [
      {
        financialYear: '2025-26',
        source: 'test',
        weeklyPence: { '0-2': 17_000, '3-4': 17_600, '5-10': 19_000, '11-15': 22_000, '16-17': 25_800 },
      },
    ];
    expect(() => mergePolicy(DEFAULT_POLICY, { allowanceReview: { councilFosteringAllowance: below } })).toThrow(
      /2025-26 5-10: 19000 pence a week is below the national minimum of 19400/,
    );
  });
});
