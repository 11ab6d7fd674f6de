import {
  DEFAULT_ASGSF_TIMESCALES,
  applicationDueDate,
  fundDecisionDueDate,
  isFundDecisionOverdue,
} from '../../../libs/domain/src/asgsf';

describe('ASGSF application deadline', () => {
  it('defaults to 3 months after the needs assessment, on the calendar', () => {
    expect(DEFAULT_ASGSF_TIMESCALES.applicationWindow).toBe('P3M');
    expect(applicationDueDate('2026-01-15')).toBe('2026-04-15');
    expect(applicationDueDate('2025-11-30')).toBe('2026-02-28');
    expect(applicationDueDate('2027-11-30')).toBe('2028-02-29');
  });

  it('uses a council-confirmed 4-month window when the policy says P4M', () => {
    expect(applicationDueDate('2026-01-15', { ...DEFAULT_ASGSF_TIMESCALES, applicationWindow: 'P4M' })).toBe(
      '2026-05-15',
    );
  });

  it('rejects a window that is not an ISO 8601 duration', () => {
    expect(() =>
      applicationDueDate('2026-01-15', { ...DEFAULT_ASGSF_TIMESCALES, applicationWindow: '3 months' }),
    ).toThrow(RangeError);
  });
});

describe('ASGSF fund decision', () => {
  it('is due 20 working days after submission, skipping the Christmas and New Year bank holidays', () => {
    expect(fundDecisionDueDate('2025-12-15')).toBe('2026-01-15');
  });

  it('is due 20 working days after submission, skipping Good Friday and Easter Monday', () => {
    expect(fundDecisionDueDate('2026-03-25')).toBe('2026-04-24');
  });

  it('is overdue from the day after the due date, not on it', () => {
    expect(isFundDecisionOverdue('2025-12-15', '2026-01-15')).toBe(false);
    expect(isFundDecisionOverdue('2025-12-15', '2026-01-16')).toBe(true);
  });
});
