import {
  ErrorType,
  RuleViolation,
  checkConversionEligibility,
  checkOrderDate,
  checkScreeningForLegalStatus,
  conversionFacts,
  reasonEpisodeCeased,
} from '../../libs/domain/src';

const sgoTo = (toFormerFosterCarers: boolean, toRelativesOrFriends: boolean, placementType = 'U1') =>
  reasonEpisodeCeased({
    order: 'sgo',
    toFormerFosterCarers,
    toRelativesOrFriends,
    dateOfBirth: '2015-01-01',
    orderDate: '2026-06-01',
    placementType,
  });

describe('SSDA903 reason episode ceased', () => {
  it('codes an SGO by the former-foster-carer and relative-or-friend facts', () => {
    expect(sgoTo(true, true)).toBe('E45');
    expect(sgoTo(true, false, 'U4')).toBe('E46');
    expect(sgoTo(false, true)).toBe('E47');
    expect(sgoTo(false, false)).toBe('E48');
  });

  it('codes a child arrangements order as E41 whatever the carers', () => {
    expect(
      reasonEpisodeCeased({
        order: 'cao',
        toFormerFosterCarers: true,
        toRelativesOrFriends: true,
        dateOfBirth: '2007-01-01',
        orderDate: '2026-06-01',
        placementType: 'U1',
      }),
    ).toBe('E41');
  });

  it('refuses an SGO code for a child 18 or over on the order date (rule 407)', () => {
    const at18 = () =>
      reasonEpisodeCeased({
        order: 'sgo',
        toFormerFosterCarers: true,
        toRelativesOrFriends: true,
        dateOfBirth: '2008-06-01',
        orderDate: '2026-06-01',
        placementType: 'U1',
      });
    expect(at18).toThrow(RuleViolation);
    expect(at18).toThrow(/rule 407/);
    expect(
      reasonEpisodeCeased({
        order: 'sgo',
        toFormerFosterCarers: true,
        toRelativesOrFriends: true,
        dateOfBirth: '2008-06-02',
        orderDate: '2026-06-01',
        placementType: 'U1',
      }),
    ).toBe('E45');
  });

  it('refuses E45/E46 without a U1–U6 placement (rule 516) but allows E47', () => {
    expect(() => sgoTo(true, true, 'K2')).toThrow(/rule 516/);
    expect(sgoTo(false, true, 'K2')).toBe('E47');
  });
});

describe('conversion eligibility', () => {
  it('accepts a full care order with a kinship placement', () => {
    expect(() => checkConversionEligibility({ legalStatus: 'C2', placementType: 'U3' })).not.toThrow();
  });

  it('interim care orders (C1) start conversions, which screening must place in proceedings', () => {
    expect(() => checkConversionEligibility({ legalStatus: 'C1', placementType: 'U1' })).not.toThrow();
    expect(() => checkScreeningForLegalStatus('C1', 'in-proceedings')).not.toThrow();
    expect(() => checkScreeningForLegalStatus('C1', 'moving-to-sgo-now')).toThrow(/interim care order \(C1\)/);
    expect(() => checkScreeningForLegalStatus('C2', 'moving-to-sgo-now')).not.toThrow();
  });

  it.each([
    ['E1', 'U1', /legal status is E1/],
    ['V2', 'U1', /legal status is V2/],
    ['C2', 'U4', /placement is U4/],
  ])('refuses legal status %s with placement %s', (legalStatus, placementType, message) => {
    const attempt = () => checkConversionEligibility({ legalStatus, placementType });
    expect(attempt).toThrow(RuleViolation);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(expect.objectContaining({ type: ErrorType.RuleRefused }));
  });
});

describe('an SGO dated before the care episode started', () => {
  it('is refused (422): the episode cannot cease before it started', () => {
    const attempt = () => checkOrderDate({ careEpisodeStart: '2025-06-01' }, '2025-05-31');
    expect(attempt).toThrow(expect.objectContaining({ type: ErrorType.RuleRefused }));
    expect(attempt).toThrow(/before the care episode started on 2025-06-01/);
    expect(() => checkOrderDate({ careEpisodeStart: '2025-06-01' }, '2025-06-01')).not.toThrow();
  });

  it('takes the episode start from the child record into the conversion facts', () => {
    const child = { legalStatus: 'C2', placementType: 'U1', dateOfBirth: '2015-01-01', careEpisodeStart: '2025-06-01' };
    expect(conversionFacts(child, [])).toMatchObject({ careEpisodeStart: '2025-06-01' });
  });
});
