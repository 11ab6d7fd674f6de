import {
  BANK_HOLIDAYS,
  BANK_HOLIDAYS_COVER,
  addWorkingDays,
  checkWorkingDaysCovered,
  isBankHoliday,
  readBankHolidays,
  isWorkingDay,
} from '../../../libs/domain/src/asgsf';

/** Easter Sunday (Gregorian, anonymous algorithm): an independent check on the Easter dates in the data. */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const shift = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
const weekday = (d: Date) => d.getUTCDay();

/** The standing England and Wales pattern, with weekend holidays moved to the next free weekday. */
function expectedHolidays(year: number): string[] {
  const firstMonday = (month: number) => {
    const d = new Date(Date.UTC(year, month, 1));
    return shift(d, (8 - weekday(d)) % 7);
  };
  const lastMonday = (month: number) => {
    const d = new Date(Date.UTC(year, month + 1, 0));
    return shift(d, -((weekday(d) + 6) % 7));
  };
  const easter = easterSunday(year);
  const fixed: Date[] = [];
  const taken = new Set<string>();
  for (const [month, day] of [
    [0, 1],
    [11, 25],
    [11, 26],
  ]) {
    let d = new Date(Date.UTC(year, month, day));
    while (weekday(d) === 0 || weekday(d) === 6 || taken.has(iso(d))) d = shift(d, 1);
    taken.add(iso(d));
    fixed.push(d);
  }
  return [
    fixed[0],
    shift(easter, -2),
    shift(easter, 1),
    firstMonday(4),
    lastMonday(4),
    lastMonday(7),
    fixed[1],
    fixed[2],
  ]
    .map(iso)
    .sort();
}

describe('England and Wales bank holidays (data to extend yearly)', () => {
  it.each(
    Array.from(
      { length: BANK_HOLIDAYS_COVER.toYear - BANK_HOLIDAYS_COVER.fromYear + 1 },
      (_, i) => BANK_HOLIDAYS_COVER.fromYear + i,
    ),
  )('lists exactly the standing-pattern holidays with substitute days for %i', (year) => {
    const listed = BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`))
      .map((h) => h.date)
      .sort();
    expect(listed).toEqual(expectedHolidays(year));
  });

  it('includes the substitute days when Christmas or Boxing Day falls at a weekend (2026, 2027)', () => {
    expect(isBankHoliday('2026-12-28')).toBe(true); // Boxing Day 2026 is a Saturday
    expect(isBankHoliday('2027-12-27')).toBe(true); // Christmas Day 2027 is a Saturday
    expect(isBankHoliday('2027-12-28')).toBe(true); // Boxing Day 2027 is a Sunday
    expect(isBankHoliday('2028-01-03')).toBe(true); // New Year's Day 2028 is a Saturday
  });

  it('treats weekends and bank holidays as non-working and other weekdays as working', () => {
    expect(isWorkingDay('2026-01-10')).toBe(false); // Saturday
    expect(isWorkingDay('2026-01-11')).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-03')).toBe(false); // Good Friday
    expect(isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-04-07')).toBe(true);
  });

  it('refuses to guess for a year the list does not cover, pointing at the file to extend', () => {
    expect(() => isWorkingDay('2029-01-02')).toThrow(/2029.*bank-holidays\.json.*refresh-bank-holidays/);
    expect(() => isWorkingDay('2023-12-29')).toThrow(RangeError);
    expect(() => addWorkingDays('2028-12-20', 20)).toThrow(/2029/);
  });
});

describe('adding working days', () => {
  it('never counts the start date, so one working day after a Friday or a Saturday is the Monday', () => {
    expect(addWorkingDays('2026-01-09', 1)).toBe('2026-01-12');
    expect(addWorkingDays('2026-01-10', 1)).toBe('2026-01-12');
    expect(addWorkingDays('2026-01-09', 0)).toBe('2026-01-09');
  });

  it('skips Christmas, Boxing Day and New Year: 20 working days after 15 Dec 2025 is 15 Jan 2026, not 12 Jan', () => {
    expect(addWorkingDays('2025-12-15', 20)).toBe('2026-01-15');
  });

  it('skips Good Friday and Easter Monday: 20 working days after 25 Mar 2026 is 24 Apr 2026', () => {
    expect(addWorkingDays('2026-03-25', 20)).toBe('2026-04-24');
  });

  it('skips the 2027 substitute days when Christmas falls on a weekend', () => {
    // 24 Dec 2027 (Fri) → 29, 30, 31 Dec; 27 and 28 Dec are substitute days.
    expect(addWorkingDays('2027-12-24', 1)).toBe('2027-12-29');
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-01-09', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-09', 1.5)).toThrow(RangeError);
  });
});

describe('working days past the held bank holidays are refused with a rule violation (422), not an error', () => {
  it('refuses a submission whose 20 working days run past the data, naming the year', () => {
    expect(() => checkWorkingDaysCovered('2028-12-20', 20, 'submissionDate')).toThrow(
      expect.objectContaining({ name: 'RuleViolation', type: 'RuleRefused', message: expect.stringMatching(/2029/) }),
    );
  });

  it('refuses a typo before the data starts (2023-12-20), naming the year', () => {
    expect(() => checkWorkingDaysCovered('2023-12-20', 20, 'submissionDate')).toThrow(
      expect.objectContaining({
        type: 'RuleRefused',
        message: expect.stringMatching(/submissionDate 2023-12-20.*2023/),
      }),
    );
  });

  it('accepts a count that stays inside the data (2028-11-01 + 20 working days)', () => {
    expect(() => checkWorkingDaysCovered('2028-11-01', 20)).not.toThrow();
    expect(addWorkingDays('2028-11-01', 20)).toBe('2028-11-29');
  });

  it('reads bank holidays in the GOV.UK bank-holidays.json format, England and Wales only', () => {
    const file = {
      'england-and-wales': {
        division: 'england-and-wales',
        events: [{ title: 'Boxing Day', date: '2026-12-28', notes: 'Substitute day', bunting: true }],
      },
      scotland: { division: 'scotland', events: [{ title: 'St Andrew’s Day', date: '2026-11-30', notes: '' }] },
    };
    expect(readBankHolidays(file)).toEqual([{ date: '2026-12-28', name: 'Boxing Day (substitute day)' }]);
    expect(() => readBankHolidays({ scotland: {} })).toThrow(/england-and-wales/);
    expect(() => readBankHolidays({ 'england-and-wales': { events: [{ date: '2026-02-30', title: 'x' }] } })).toThrow(
      /no ISO date/,
    );
  });
});
