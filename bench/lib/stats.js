'use strict';
// The bench's arithmetic and its one table: percentiles, ratios to a baseline, Markdown. Pure, so
// test/unit/bench-stats.spec.ts can check it without a stack.

/** The p-th percentile (0 < p <= 100) by nearest rank: a value that was really measured, never an interpolation. */
function percentile(values, p) {
  if (!values.length) return NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile ${p} is not in (0, 100]`);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

/** Latencies (ms) and the wall time (ms) they were taken in: count, throughput per second, p50, p99. */
function summarize(latenciesMs, wallMs) {
  return {
    count: latenciesMs.length,
    perSecond: wallMs > 0 ? (latenciesMs.length * 1000) / wallMs : NaN,
    p50: percentile(latenciesMs, 50),
    p99: percentile(latenciesMs, 99),
  };
}

/** service / baseline; NaN when either is missing or the baseline is zero (no ratio can be given). */
function ratio(service, baseline) {
  if (!Number.isFinite(service) || !Number.isFinite(baseline) || baseline === 0) return NaN;
  return service / baseline;
}

/** 3 significant figures, at most 1 decimal above 100; '—' for a figure that could not be measured. */
function formatNumber(value) {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(3)));
}

function formatRatio(value) {
  return Number.isFinite(value) ? `${Number(value.toPrecision(2))}×` : '—';
}

/**
 * A row's target, if it has one: `{ of: 'ratio' | 'service', min?, max? }` (the targets are
 * ratios, or absolute figures where no ratio is meaningful: 50 ms, 60 s, 0 duplicates, 1 GB).
 * Answers '' for no target, else the target and pass or FAIL.
 */
function verdict(row) {
  const t = row.target;
  if (!t) return '';
  const value = t.of === 'ratio' ? ratio(row.service, row.baseline) : row.service;
  const suffix = t.of === 'ratio' ? '×' : row.unit ? ` ${row.unit}` : '';
  const bound = t.min !== undefined ? `≥ ${t.min}${suffix}` : `≤ ${t.max}${suffix}`;
  const ok =
    Number.isFinite(value) && (t.min === undefined || value >= t.min) && (t.max === undefined || value <= t.max);
  return `${bound}: ${ok ? 'pass' : 'FAIL'}`;
}

/**
 * One row per figure: { scenario, measure, unit, service, baseline, baselineIs, target? }. The ratio
 * is computed here so every row carries one: service ÷ baseline (for a rate, below 1× is slower; for
 * a latency or memory, above 1× is slower or bigger).
 */
function formatTable(rows) {
  const header = ['Scenario', 'Measure', 'Service', 'Baseline', 'Ratio', 'Target', 'Baseline is'];
  const lines = rows.map((r) => [
    r.scenario,
    r.unit ? `${r.measure} (${r.unit})` : r.measure,
    formatNumber(r.service),
    formatNumber(r.baseline),
    formatRatio(ratio(r.service, r.baseline)),
    verdict(r),
    r.baselineIs,
  ]);
  const escape = (cell) => String(cell).replace(/\|/g, '\\|');
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.map(escape).join(' | ')} |`).join('\n');
}

module.exports = { percentile, summarize, ratio, formatNumber, formatRatio, formatTable, verdict };
