'use strict';
// How many requests the Temporal server handled, by service and operation, from its Prometheus
// endpoint (the dev server's --metrics-port): what an operation asks of the server, beside the CPU
// it costs it (bench/lib/cpu.js). Two sides with the same history but different server CPU differ
// here if they differ in the calls they make or the work those calls cause inside the server.

// service_requests: a gRPC request to one of the server's services (frontend, history, matching);
// persistence_requests: a call to its database (SQLite on the dev server).
const COUNTED = { service_requests: '', persistence_requests: 'database ' };

/** `name{label="v",…} value` lines of the counters above, summed as "<service> <operation>". */
function parseRequestCounts(text) {
  const counts = {};
  for (const line of text.split('\n')) {
    const m = /^(\w+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!m || !(m[1] in COUNTED)) continue;
    const labels = Object.fromEntries([...m[2].matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    const key = `${COUNTED[m[1]]}${labels.service_name ?? '?'} ${labels.operation ?? '?'}`;
    counts[key] = (counts[key] ?? 0) + Number(m[3]);
  }
  return counts;
}

/** A meter that counts nothing: no metrics endpoint (the production server in the bench). */
const NO_REQUESTS = { start: async () => async () => ({}) };

/**
 * `await start()` (before the work, so no request of it is missed) answers a function that, called
 * after the work, answers each "<service> <operation>" counted since, and `total` (every gRPC
 * request) and `database total` (every database call).
 */
function temporalRequestMeter(metricsUrl, { settleMs = 1500 } = {}) {
  if (!metricsUrl) return NO_REQUESTS;
  // The server adds its counts to the endpoint about once a second, not at each request: a reading
  // waits that long first, so the work just before it is counted on the side it belongs to.
  const read = async () => {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return parseRequestCounts(await (await fetch(metricsUrl)).text());
  };
  return {
    async start() {
      const before = await read();
      return async () => {
        const after = await read();
        const diff = {};
        for (const key of Object.keys(after)) {
          const n = after[key] - (before[key] ?? 0);
          if (n > 0) diff[key] = n;
        }
        const sum = (database) =>
          Object.entries(diff)
            .filter(([k]) => k.startsWith('database ') === database)
            .reduce((t, [, n]) => t + n, 0);
        return { ...diff, total: sum(false), 'database total': sum(true) };
      };
    },
  };
}

/**
 * The keys worth a row when comparing two sides per operation: both totals, then the operations
 * whose count per operation differs by at least `minDifference`, largest difference first.
 */
function differingRequests(service, serviceOps, baseline, baselineOps, minDifference = 0.25) {
  const keys = new Set([...Object.keys(service), ...Object.keys(baseline)]);
  keys.delete('total');
  keys.delete('database total');
  const perOp = (counts, key, ops) => (counts[key] ?? 0) / ops;
  const differing = [...keys]
    .map((key) => [key, Math.abs(perOp(service, key, serviceOps) - perOp(baseline, key, baselineOps))])
    .filter(([, d]) => d >= minDifference)
    .sort((a, b) => b[1] - a[1])
    .map(([key]) => key);
  return ['total', 'database total', ...differing];
}

module.exports = { parseRequestCounts, temporalRequestMeter, differingRequests, NO_REQUESTS };
