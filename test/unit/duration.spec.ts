import { addIsoDuration, parseIsoDuration, subtractIsoDuration } from '../../libs/domain/src';

describe('ISO 8601 durations', () => {
  it('parses days, weeks, months and seconds', () => {
    expect(parseIsoDuration('P14D')).toMatchObject({ days: 14 });
    expect(parseIsoDuration('P2W')).toMatchObject({ weeks: 2 });
    expect(parseIsoDuration('P3M')).toMatchObject({ months: 3 });
    expect(parseIsoDuration('PT5S')).toMatchObject({ seconds: 5 });
    expect(parseIsoDuration('P1Y2M3DT4H5M6.5S')).toEqual({
      years: 1,
      months: 2,
      weeks: 0,
      days: 3,
      hours: 4,
      minutes: 5,
      seconds: 6.5,
    });
  });

  it.each(['', 'P', 'PT', '14D', 'P1.5D', 'P-1D', 'fortnight'])('refuses %p', (text) => {
    expect(() => parseIsoDuration(text)).toThrow(RangeError);
  });

  it('adds months on the calendar, clamping to the last day of a short month', () => {
    expect(addIsoDuration(new Date('2026-11-30T00:00:00Z'), 'P3M').toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(addIsoDuration(new Date('2028-01-31T00:00:00Z'), 'P1M').toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('adds and subtracts fixed durations exactly', () => {
    const start = new Date('2026-03-01T09:00:00Z');
    expect(addIsoDuration(start, 'P14D').toISOString()).toBe('2026-03-15T09:00:00.000Z');
    expect(addIsoDuration(start, 'PT5S').toISOString()).toBe('2026-03-01T09:00:05.000Z');
    expect(subtractIsoDuration(start, 'P2D').toISOString()).toBe('2026-02-27T09:00:00.000Z');
  });
});
