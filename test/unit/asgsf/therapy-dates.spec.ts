import { RuleViolation } from '../../../libs/domain/src';
import {
  DEFAULT_FAIR_ACCESS_LIMITS as limits,
  checkTherapyDates,
  therapyMustEndBy,
} from '../../../libs/domain/src/asgsf';

describe('therapy must finish within the funding year', () => {
  it('puts the end of funded therapy on 31 March after the year starts', () => {
    expect(therapyMustEndBy(2025)).toBe('2026-03-31');
  });

  it('refuses a 2025-26 application whose therapy straddles 31 March 2026', () => {
    const attempt = () =>
      checkTherapyDates({ financialYear: 2025, startDate: '2026-01-05', endDate: '2026-04-30', limits });
    expect(attempt).toThrow(RuleViolation);
    expect(attempt).toThrow(/runs past 31 March; 2025-26 funding must finish by 2026-03-31.*apply again for 2026-27/);
  });

  it('accepts 2025-26 therapy ending on 31 March 2026 itself', () => {
    expect(() =>
      checkTherapyDates({ financialYear: 2025, startDate: '2025-09-01', endDate: '2026-03-31', limits }),
    ).not.toThrow();
  });

  it('accepts a 2026-27 application for therapy begun in 2025-26 and continuing into 2026-27', () => {
    expect(() =>
      checkTherapyDates({ financialYear: 2026, startDate: '2026-02-01', endDate: '2026-07-31', limits }),
    ).not.toThrow();
  });

  it('refuses therapy that is over before the funding year starts', () => {
    expect(() =>
      checkTherapyDates({ financialYear: 2026, startDate: '2026-01-05', endDate: '2026-03-31', limits }),
    ).toThrow(/over before 2026-27/);
  });

  it('refuses an end date before the start date', () => {
    expect(() =>
      checkTherapyDates({ financialYear: 2025, startDate: '2025-10-01', endDate: '2025-09-01', limits }),
    ).toThrow(/before the start date/);
  });

  it('does not apply the 31 March rule before 2025-26, whose rule had no such limit', () => {
    expect(() =>
      checkTherapyDates({ financialYear: 2024, startDate: '2025-01-06', endDate: '2025-06-30', limits }),
    ).not.toThrow();
  });
});
