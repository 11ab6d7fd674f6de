import { convertPeriod, divideRounded, percentOf } from '../../../libs/domain/src';

describe('allowance money arithmetic', () => {
  it('rounds a division to the nearest penny with halves up, or up or down when asked', () => {
    expect(divideRounded(5, 2, 'nearest')).toBe(3);
    expect(divideRounded(7, 3, 'nearest')).toBe(2);
    expect(divideRounded(7, 3, 'up')).toBe(3);
    expect(divideRounded(8, 3, 'down')).toBe(2);
  });

  it('takes percentages with up to two decimal places and refuses finer ones', () => {
    expect(percentOf(10_000, 22.5, 'nearest')).toBe(2_250);
    expect(() => percentOf(10_000, 22.555, 'nearest')).toThrow(RangeError);
  });

  it('converts weekly to monthly and back on a 52-week year', () => {
    expect(convertPeriod(19_400, 'week', 'month', 52, 'nearest')).toBe(84_067);
    expect(convertPeriod(84_067, 'month', 'week', 52, 'nearest')).toBe(19_400);
  });
});
