import { formatNumber, formatRatio, formatTable, percentile, ratio, summarize, verdict } from '../../bench/lib/stats';
import { benchOptions, resultsFileName } from '../../bench/lib/options';

// The arithmetic behind `npm run bench`'s table (the bench itself is not a test: it runs on its own).
describe('bench percentiles', () => {
  it('takes the nearest rank, so every percentile is a latency really measured', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100, unsorted
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7, 3, 5], 50)).toBe(5);
  });

  it('puts p99 of a small sample on its largest value rather than below it', () => {
    expect(percentile([10, 20, 30, 40, 5000], 99)).toBe(5000);
  });

  it('answers NaN for no values and refuses a percentile outside (0, 100]', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarizes a run as count, rate per second over the wall time, p50 and p99', () => {
    expect(summarize([10, 20, 30, 40], 2000)).toEqual({ count: 4, perSecond: 2, p50: 20, p99: 40 });
  });
});

describe('bench ratios and the table', () => {
  it('divides the service by the baseline, and gives no ratio without a baseline', () => {
    expect(ratio(300, 100)).toBe(3);
    expect(ratio(15, 60)).toBe(0.25);
    expect(ratio(5, 0)).toBeNaN();
    expect(ratio(NaN, 3)).toBeNaN();
  });

  it('rounds figures to 3 significant digits, whole numbers from 100, and ratios to 2', () => {
    expect(formatNumber(0.123456)).toBe('0.123');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(1234.5)).toBe('1235');
    expect(formatNumber(NaN)).toBe('—');
    expect(formatRatio(5.2345)).toBe('5.2×');
    expect(formatRatio(0.16)).toBe('0.16×');
    expect(formatRatio(NaN)).toBe('—');
  });

  it('prints one Markdown row per figure with its baseline and their ratio, escaping pipes', () => {
    const table = formatTable([
      { scenario: 'complete a task', measure: 'p50', unit: 'ms', service: 200, baseline: 40, baselineIs: 'raw Update' },
      { scenario: 'a | b', measure: 'RSS', service: 10, baseline: NaN, baselineIs: 'idle' },
    ]);
    expect(table.split('\n')).toEqual([
      '| Scenario | Measure | Service | Baseline | Ratio | Target | Baseline is |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| complete a task | p50 (ms) | 200 | 40 | 5× |  | raw Update |',
      '| a \\| b | RSS | 10 | — | — |  | idle |',
    ]);
  });

  it('says pass or FAIL against a ratio or an absolute target, and FAIL when nothing was measured', () => {
    const row = { scenario: 's', measure: 'p50', unit: 'ms', service: 120, baseline: 40, baselineIs: 'b' };
    expect(verdict({ ...row, target: { of: 'ratio', max: 3 } })).toBe('≤ 3×: pass');
    expect(verdict({ ...row, target: { of: 'ratio', max: 2.9 } })).toBe('≤ 2.9×: FAIL');
    expect(verdict({ ...row, target: { of: 'ratio', min: 0.8 } })).toBe('≥ 0.8×: pass');
    expect(verdict({ ...row, target: { of: 'service', max: 50 } })).toBe('≤ 50 ms: FAIL');
    expect(verdict({ ...row, service: NaN, target: { of: 'service', max: 50 } })).toBe('≤ 50 ms: FAIL');
    expect(verdict(row)).toBe('');
  });
});

describe('bench sizes', () => {
  it("are the issue's full sizes by default", () => {
    expect(benchOptions([], {})).toMatchObject({
      starts: 1000,
      completions: 1000,
      reviews: 10000,
      storm: 1000,
      concurrency: [8, 32],
    });
  });

  it('scale with BENCH_SCALE, and a flag or variable sets one size', () => {
    expect(benchOptions(['--starts=50'], { BENCH_SCALE: '0.1' })).toMatchObject({
      starts: 50,
      completions: 100,
      reviews: 1000,
      reads: 20,
    });
    expect(benchOptions([], { BENCH_REVIEWS: '0' }).reviews).toBe(0);
  });

  it('refuse a size that is not a number and an unknown argument, naming them', () => {
    expect(() => benchOptions([], { BENCH_SCALE: 'fast' })).toThrow('BENCH_SCALE=fast');
    expect(() => benchOptions(['-x'], {})).toThrow('unknown argument -x');
    expect(() => benchOptions([], { BENCH_CONCURRENCY: '8,many' })).toThrow('BENCH_CONCURRENCY=8,many');
  });

  it('run on the dev server unless --temporal=production asks for the production server, and refuse any other', () => {
    expect(benchOptions([], {}).temporalServer).toBe('dev');
    expect(benchOptions(['--temporal=production'], {}).temporalServer).toBe('production');
    expect(() => benchOptions(['--temporal=cloud'], {})).toThrow('BENCH_TEMPORAL=cloud is not dev or production');
  });

  it("name a full run's results by its day, mark a reduced or production-server run, and never overwrite a file already there", () => {
    const none = () => false;
    expect(resultsFileName('2026-12-04', benchOptions([], {}), none)).toBe('2026-12-04.md');
    expect(resultsFileName('2026-12-04', benchOptions([], { BENCH_SCALE: '0.1' }), none)).toBe('2026-12-04-reduced.md');
    expect(resultsFileName('2026-12-04', benchOptions(['--storm=0'], {}), none)).toBe('2026-12-04-reduced.md');
    expect(resultsFileName('2026-12-04', benchOptions(['--concurrency=8'], {}), none)).toBe('2026-12-04-reduced.md');
    expect(resultsFileName('2026-12-04', benchOptions([], { BENCH_SCALE_OUT: '0' }), none)).toBe(
      '2026-12-04-reduced.md',
    );
    expect(resultsFileName('2026-12-04', benchOptions(['--temporal=production'], {}), none)).toBe(
      '2026-12-04-production-temporal.md',
    );
    const taken = new Set(['2026-12-04.md', '2026-12-04-2.md']);
    expect(resultsFileName('2026-12-04', benchOptions([], {}), (n) => taken.has(n))).toBe('2026-12-04-3.md');
  });
});
