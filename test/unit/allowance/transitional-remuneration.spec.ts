import {
  DEFAULT_MEANS_TEST_POLICY,
  transitionalRemunerationEnds,
  transitionalRemunerationPayable,
} from '../../../libs/domain/src/allowance';

describe('transitional remuneration for former foster carers (domain.md §3.2, §6)', () => {
  it('ends on the second anniversary of the order', () => {
    expect(transitionalRemunerationEnds('2024-06-10')).toBe('2026-06-10');
  });

  it('is payable from the order date and on the day before the end, but not on the end date or before the order', () => {
    expect(transitionalRemunerationPayable('2024-06-10', '2024-06-09')).toBe(false);
    expect(transitionalRemunerationPayable('2024-06-10', '2024-06-10')).toBe(true);
    expect(transitionalRemunerationPayable('2024-06-10', '2026-06-09')).toBe(true);
    expect(transitionalRemunerationPayable('2024-06-10', '2026-06-10')).toBe(false);
  });

  it('ends on 28 February for an order made on 29 February when the end year is not a leap year', () => {
    expect(transitionalRemunerationEnds('2024-02-29')).toBe('2026-02-28');
    expect(transitionalRemunerationPayable('2024-02-29', '2026-02-27')).toBe(true);
    expect(transitionalRemunerationPayable('2024-02-29', '2026-02-28')).toBe(false);
  });

  it('follows a council policy that sets a different period', () => {
    expect(
      transitionalRemunerationEnds('2024-06-10', {
        ...DEFAULT_MEANS_TEST_POLICY,
        transitionalRemunerationPeriod: 'P3Y',
      }),
    ).toBe('2027-06-10');
  });
});
