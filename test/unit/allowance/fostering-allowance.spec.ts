import {
  type AGE_BANDS,
  FOSTERING_REGIONS,
  NATIONAL_MINIMUM_ALLOWANCE,
  ageBandOn,
  baselineAllowance,
  fosteringYearOf,
  weeklyNationalMinimumAllowance,
} from '../../../libs/domain/src/allowance';
import { RuleViolation } from '../../../libs/domain/src/shared/errors';

describe('national minimum fostering allowance data (domain.md §3.2)', () => {
  it('holds the 2025-26 weekly rates in pence exactly as the reference tables them', () => {
    const rows: Array<[string, number, number, number]> = [
      ['0-2', 198, 189, 170],
      ['3-4', 201, 196, 176],
      ['5-10', 225, 216, 194],
      ['11-15', 257, 247, 220],
      ['16-17', 299, 288, 258],
    ];
    const year = NATIONAL_MINIMUM_ALLOWANCE.find((y) => y.financialYear === '2025-26');
    expect(year).toMatchObject({ from: '2025-04-06', to: '2026-04-05' });
    for (const [band, london, southEast, rest] of rows) {
      expect(year?.weeklyPence.london[band as (typeof AGE_BANDS)[number]]).toBe(london * 100);
      expect(year?.weeklyPence['south-east'][band as (typeof AGE_BANDS)[number]]).toBe(southEast * 100);
      expect(year?.weeklyPence['rest-of-england'][band as (typeof AGE_BANDS)[number]]).toBe(rest * 100);
    }
    expect(Object.keys(year?.weeklyPence ?? {})).toEqual([...FOSTERING_REGIONS]);
  });

  it('names the NMA year by its 6 April start', () => {
    expect(fosteringYearOf('2025-04-05')).toBe('2024-25');
    expect(fosteringYearOf('2025-04-06')).toBe('2025-26');
    expect(fosteringYearOf('2026-04-05')).toBe('2025-26');
    expect(fosteringYearOf('2026-04-06')).toBe('2026-27');
  });
});

describe('ageBandOn', () => {
  // Born 15 May 2020: 3 on 15 May 2023, 5 in 2025, 11 in 2031, 16 in 2036.
  it.each([
    ['2020-05-15', '0-2'],
    ['2023-05-14', '0-2'],
    ['2023-05-15', '3-4'],
    ['2025-05-14', '3-4'],
    ['2025-05-15', '5-10'],
    ['2031-05-14', '5-10'],
    ['2031-05-15', '11-15'],
    ['2036-05-14', '11-15'],
    ['2036-05-15', '16-17'],
    ['2038-05-14', '16-17'],
  ])('on %s puts a child born 2020-05-15 in band %s', (onDate, band) => {
    expect(ageBandOn('2020-05-15', onDate)).toBe(band);
  });

  it('refuses from the 18th birthday because the NMA has no band for adults', () => {
    expect(() => ageBandOn('2020-05-15', '2038-05-15')).toThrow(RuleViolation);
    expect(() => ageBandOn('2020-05-15', '2038-05-15')).toThrow(/no band for a young person aged 18/);
  });

  it('moves a child born on 29 February up a band on 1 March in a non-leap year', () => {
    expect(ageBandOn('2020-02-29', '2023-02-28')).toBe('0-2');
    expect(ageBandOn('2020-02-29', '2023-03-01')).toBe('3-4');
  });

  it('refuses a date before the child was born', () => {
    expect(() => ageBandOn('2020-05-15', '2020-05-14')).toThrow(RangeError);
  });
});

describe('baselineAllowance', () => {
  it('switches to the 3–4 rate on the 3rd birthday itself (rest of England, £170 → £176)', () => {
    const on = (onDate: string) => baselineAllowance({ region: 'rest-of-england', dateOfBirth: '2022-09-01', onDate });
    expect(on('2025-08-31')).toEqual({
      weeklyPence: 17_000,
      financialYear: '2025-26',
      region: 'rest-of-england',
      ageBand: '0-2',
    });
    expect(on('2025-09-01')).toEqual({
      weeklyPence: 17_600,
      financialYear: '2025-26',
      region: 'rest-of-england',
      ageBand: '3-4',
    });
  });

  it('uses the rate year it is given rather than the year of the date', () => {
    expect(
      baselineAllowance({ financialYear: '2025-26', region: 'london', dateOfBirth: '2010-01-01', onDate: '2026-05-01' })
        .weeklyPence,
    ).toBe(29_900);
  });

  it('refuses a rate year the data does not hold, naming the years it does', () => {
    const attempt = () =>
      baselineAllowance({
        financialYear: '2024-25',
        region: 'london',
        dateOfBirth: '2015-01-01',
        onDate: '2025-01-01',
      });
    expect(attempt).toThrow(RuleViolation);
    expect(attempt).toThrow(/No national minimum fostering allowance is recorded for 2024-25 \(years held: 2025-26\)/);
  });

  it('refuses a date in 2026-27 when no year is given, because those rates are not recorded', () => {
    expect(() => baselineAllowance({ region: 'south-east', dateOfBirth: '2015-01-01', onDate: '2026-04-06' })).toThrow(
      /2026-27/,
    );
  });

  it('refuses a region outside the data', () => {
    expect(() => weeklyNationalMinimumAllowance('2025-26', 'wales' as never, '0-2')).toThrow(
      /"wales" is not a fostering-allowance region/,
    );
  });
});
