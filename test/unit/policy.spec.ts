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
});
