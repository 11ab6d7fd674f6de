import { ErrorType, RuleViolation } from '../../../libs/domain/src';
import { asgsfAgeOutDate, checkAsgsfEligibility, checkTherapyBeforeAgeOut } from '../../../libs/domain/src/asgsf';

const child = { dateOfBirth: '2012-05-01', onDate: '2026-06-01', previouslyLookedAfter: true, ehcp: false };

describe('ASGSF eligibility', () => {
  it('accepts a previously looked-after child under 21 and says when they age out', () => {
    expect(checkAsgsfEligibility(child)).toEqual({ age: 14, maxAge: 21, ageOutDate: '2034-05-01' });
  });

  it('refuses an SGO child who was not looked after immediately before the order, naming the rule', () => {
    const attempt = () => checkAsgsfEligibility({ ...child, previouslyLookedAfter: false });
    expect(attempt).toThrow(RuleViolation);
    expect(attempt).toThrow(/previously looked after/);
    expect(attempt).toThrow(expect.objectContaining({ type: ErrorType.RuleRefused }));
  });

  it('refuses a child known not to live in England, but does not refuse when residence is not yet recorded', () => {
    expect(() => checkAsgsfEligibility({ ...child, livesInEngland: false })).toThrow(/lives in England/);
    expect(() => checkAsgsfEligibility({ ...child, livesInEngland: undefined })).not.toThrow();
  });

  describe('"up to and including 21": eligible through age 21, refused from the 22nd birthday', () => {
    const born = '2004-06-15';
    it('accepts on the 21st birthday', () => {
      expect(checkAsgsfEligibility({ ...child, dateOfBirth: born, onDate: '2025-06-15' }).age).toBe(21);
    });
    it('accepts on the day before the 22nd birthday', () => {
      expect(checkAsgsfEligibility({ ...child, dateOfBirth: born, onDate: '2026-06-14' }).ageOutDate).toBe(
        '2026-06-15',
      );
    });
    it('refuses on the 22nd birthday, naming the age limit', () => {
      const attempt = () => checkAsgsfEligibility({ ...child, dateOfBirth: born, onDate: '2026-06-15' });
      expect(attempt).toThrow(RuleViolation);
      expect(attempt).toThrow(/age limit.*22 on 2026-06-15.*up to and including 21/);
    });
  });

  describe('with an EHCP: eligible through age 25, refused from the 26th birthday', () => {
    const born = '2000-06-15';
    it('accepts a 22-year-old with an EHCP whom the standard limit would refuse', () => {
      expect(() =>
        checkAsgsfEligibility({ ...child, dateOfBirth: born, onDate: '2022-06-15', ehcp: true }),
      ).not.toThrow();
      expect(() => checkAsgsfEligibility({ ...child, dateOfBirth: born, onDate: '2022-06-15', ehcp: false })).toThrow(
        /age limit/,
      );
    });
    it('accepts on the day before the 26th birthday', () => {
      expect(checkAsgsfEligibility({ ...child, dateOfBirth: born, onDate: '2026-06-14', ehcp: true })).toEqual({
        age: 25,
        maxAge: 25,
        ageOutDate: '2026-06-15',
      });
    });
    it('refuses on the 26th birthday, naming the EHCP age limit', () => {
      const attempt = () => checkAsgsfEligibility({ ...child, dateOfBirth: born, onDate: '2026-06-15', ehcp: true });
      expect(attempt).toThrow(/age limit.*26 on 2026-06-15.*up to and including 25 with an EHCP/);
    });
  });

  it('ages out a 29 February child on 1 March in a non-leap year, as ageOn counts birthdays', () => {
    expect(asgsfAgeOutDate('2004-02-29', false)).toBe('2026-03-01');
    expect(() => checkAsgsfEligibility({ ...child, dateOfBirth: '2004-02-29', onDate: '2026-02-28' })).not.toThrow();
    expect(() => checkAsgsfEligibility({ ...child, dateOfBirth: '2004-02-29', onDate: '2026-03-01' })).toThrow(
      /age limit/,
    );
    expect(asgsfAgeOutDate('2008-02-29', true)).toBe('2034-03-01');
  });

  it('rejects malformed dates and a date before birth as bad input, not a rule refusal', () => {
    expect(() => checkAsgsfEligibility({ ...child, onDate: '01/06/2026' })).toThrow(RangeError);
    expect(() => checkAsgsfEligibility({ ...child, onDate: '2011-01-01' })).toThrow(RangeError);
  });

  it('refuses therapy that runs on or after the day the young person ages out, though they were eligible at the start (issue 14 example)', () => {
    const facts = { dateOfBirth: '2000-07-15', ehcp: true };
    const attempt = () => checkTherapyBeforeAgeOut({ ...facts, startDate: '2026-08-01', endDate: '2027-01-31' });
    expect(attempt).toThrow(expect.objectContaining({ type: ErrorType.RuleRefused }));
    expect(attempt).toThrow(/ages out on 2026-07-15/);
    expect(() => checkTherapyBeforeAgeOut({ ...facts, startDate: '2026-06-01', endDate: '2026-07-15' })).toThrow();
    expect(() => checkTherapyBeforeAgeOut({ ...facts, startDate: '2026-06-01', endDate: '2026-07-14' })).not.toThrow();
  });
});
