import { ageOn, birthdayAt, comingOfAge, eighteenthBirthday, instantToDate } from '../../libs/domain/src';

describe('29 February birthdays: one age function everywhere', () => {
  it('turns 18 on 1 March in a common year, the day ageOn first says 18', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(birthdayAt('2008-02-29', 18)).toBe('2026-03-01');
    expect(eighteenthBirthday('2008-02-29')).toBe('2026-03-01');
  });

  it('keeps 29 February in a leap year and ordinary birthdays as they are', () => {
    expect(birthdayAt('2008-02-29', 20)).toBe('2028-02-29');
    expect(birthdayAt('2010-07-15', 18)).toBe('2028-07-15');
  });

  it('Lifelong Links moves the case to the personal adviser on 1 March, not 28 February', () => {
    expect(instantToDate(comingOfAge('2008-02-29', 'P18Y'))).toBe('2026-03-01');
    // Shortened adulthoods (tests) are added as durations.
    expect(comingOfAge('2008-02-29', 'PT5S').toISOString()).toBe('2008-02-29T00:00:05.000Z');
  });

  it.each(['2008-02-29', '2007-03-01', '2010-12-31', '2012-02-28'])(
    'agrees with ageOn for every age from 1 to 25 (born %s)',
    (dob) => {
      for (let years = 1; years <= 25; years++) {
        const day = birthdayAt(dob, years);
        const before = instantToDate(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));
        expect([ageOn(dob, before), ageOn(dob, day)]).toEqual([years - 1, years]);
      }
    },
  );
});
