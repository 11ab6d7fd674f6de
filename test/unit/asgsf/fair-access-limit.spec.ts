import { ErrorType, RuleViolation } from '../../../libs/domain/src';
import {
  DEFAULT_FAIR_ACCESS_LIMITS as limits,
  checkWithinLimit,
  fairAccessLimitFor,
  financialYearLabel,
  remainingAllowance,
  type AsgsfCommitment,
} from '../../../libs/domain/src/asgsf';
import { formatPounds } from '../../../libs/domain/src/shared/money';

const therapy = (amountPence: number, financialYear?: number): AsgsfCommitment => ({
  kind: 'therapy',
  amountPence,
  financialYear,
});
const assessment = (amountPence: number, financialYear?: number): AsgsfCommitment => ({
  kind: 'assessment',
  amountPence,
  financialYear,
});

describe('financial year labels and money text', () => {
  it('labels a financial year by its start and the last two digits of its end', () => {
    expect(financialYearLabel(2025)).toBe('2025-26');
    expect(financialYearLabel(2099)).toBe('2099-00');
    expect(() => financialYearLabel(25)).toThrow(RangeError);
  });

  it('writes pence as pounds with thousands separators', () => {
    expect(formatPounds(0)).toBe('£0.00');
    expect(formatPounds(125_000)).toBe('£1,250.00');
    expect(formatPounds(123_456_789)).toBe('£1,234,567.89');
  });
});

describe('fair access limit policy data', () => {
  it('holds £3,000 with assessments inside from 2025-26 and £5,000 plus a separate £2,500 before', () => {
    expect(fairAccessLimitFor(2025, limits)).toMatchObject({
      limitPence: 300_000,
      assessmentLimitPence: 250_000,
      assessmentsInsideLimit: true,
      matchFundingAboveLimit: false,
    });
    expect(fairAccessLimitFor(2026, limits)).toMatchObject({ limitPence: 300_000, assessmentsInsideLimit: true });
    expect(fairAccessLimitFor(2024, limits)).toMatchObject({
      limitPence: 500_000,
      assessmentLimitPence: 250_000,
      assessmentsInsideLimit: false,
      matchFundingAboveLimit: true,
    });
  });

  it('refuses a year the fund is not confirmed for (2028-29 onward)', () => {
    expect(() => fairAccessLimitFor(2028, limits)).toThrow(/no limit is set for 2028-29/);
  });
});

describe('checking a request against the fair access limit', () => {
  it('refuses a second 2025-26 application that would pass £3,000, stating the £1,250.00 left', () => {
    const attempt = () =>
      checkWithinLimit({
        financialYear: 2025,
        priorCommitments: [therapy(175_000)],
        request: { kind: 'therapy', amountPence: 150_000 },
        limits,
      });
    expect(attempt).toThrow(RuleViolation);
    expect(attempt).toThrow(expect.objectContaining({ type: ErrorType.RuleRefused }));
    expect(attempt).toThrow('£1,250.00 left of the £3,000.00 fair access limit for 2025-26');
    expect(attempt).toThrow(/ASGSF fair access limit: £1,500\.00 asked for therapy/);
  });

  it('accepts a second application that uses exactly what is left, leaving nothing', () => {
    const after = checkWithinLimit({
      financialYear: 2025,
      priorCommitments: [therapy(175_000)],
      request: { kind: 'therapy', amountPence: 125_000 },
      limits,
    });
    expect(after.leftPence).toEqual({ therapy: 0, assessment: 0 });
  });

  it('counts a 2025-26 specialist assessment inside the £3,000, leaving £500.00 for therapy', () => {
    expect(
      remainingAllowance({ financialYear: 2025, priorCommitments: [assessment(250_000)], limits }).leftPence,
    ).toEqual({ therapy: 50_000, assessment: 0 });
    expect(() =>
      checkWithinLimit({
        financialYear: 2025,
        priorCommitments: [assessment(250_000)],
        request: { kind: 'therapy', amountPence: 100_000 },
        limits,
      }),
    ).toThrow('£500.00 left of the £3,000.00 fair access limit for 2025-26');
  });

  it('caps a 2025-26 assessment at £2,500 even though the £3,000 limit has room', () => {
    expect(() =>
      checkWithinLimit({
        financialYear: 2025,
        priorCommitments: [],
        request: { kind: 'assessment', amountPence: 260_000 },
        limits,
      }),
    ).toThrow('£2,500.00 left of the £2,500.00 specialist assessment cap for 2025-26');
  });

  it('keeps assessments in a separate £2,500 pot before 2025-26, so they do not reduce the £5,000 therapy limit', () => {
    const prior = [assessment(250_000)];
    expect(remainingAllowance({ financialYear: 2024, priorCommitments: prior, limits }).leftPence).toEqual({
      therapy: 500_000,
      assessment: 0,
    });
    expect(() =>
      checkWithinLimit({
        financialYear: 2024,
        priorCommitments: prior,
        request: { kind: 'therapy', amountPence: 500_000 },
        limits,
      }),
    ).not.toThrow();
    expect(() =>
      checkWithinLimit({
        financialYear: 2024,
        priorCommitments: prior,
        request: { kind: 'assessment', amountPence: 100 },
        limits,
      }),
    ).toThrow('£0.00 left of the £2,500.00 separate specialist assessment limit for 2024-25');
  });

  it('carries nothing over: an unused 2024-25 allowance does not raise 2025-26, and 2025-26 spending does not reduce 2026-27', () => {
    expect(remainingAllowance({ financialYear: 2025, priorCommitments: [], limits }).leftPence.therapy).toBe(300_000);
    const history = [therapy(100_000, 2024), therapy(300_000, 2025)];
    expect(remainingAllowance({ financialYear: 2025, priorCommitments: history, limits }).leftPence.therapy).toBe(0);
    expect(remainingAllowance({ financialYear: 2026, priorCommitments: history, limits }).leftPence.therapy).toBe(
      300_000,
    );
    expect(() =>
      checkWithinLimit({
        financialYear: 2025,
        priorCommitments: history,
        request: { kind: 'therapy', amountPence: 1 },
        limits,
      }),
    ).toThrow('£0.00 left of the £3,000.00 fair access limit for 2025-26');
  });

  it('rejects amounts that are not whole, positive pence as bad input', () => {
    expect(() =>
      checkWithinLimit({
        financialYear: 2025,
        priorCommitments: [],
        request: { kind: 'therapy', amountPence: 12.5 },
        limits,
      }),
    ).toThrow(RangeError);
    expect(() =>
      checkWithinLimit({
        financialYear: 2025,
        priorCommitments: [],
        request: { kind: 'therapy', amountPence: 0 },
        limits,
      }),
    ).toThrow(RangeError);
    expect(() => remainingAllowance({ financialYear: 2025, priorCommitments: [therapy(-1)], limits })).toThrow(
      RangeError,
    );
  });
});
