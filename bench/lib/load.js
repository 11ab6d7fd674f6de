'use strict';
// Load generation: a few concurrent lanes over a list of jobs, each job timed on its own, and a
// plain JSON HTTP client on keep-alive sockets (no supertest, no framework: the client's own cost
// stays small beside what it measures).
const http = require('node:http');

/**
 * Runs `job(item)` for every item, `concurrency` at a time. Answers each job's latency (ms), the
 * wall time of the whole run and the results in item order. The first failure stops the run:
 * a benchmark of requests that failed measures nothing.
 */
async function runConcurrently(items, concurrency, job) {
  const latencies = [];
  const results = new Array(items.length);
  let next = 0;
  let failure = null;
  const lane = async () => {
    while (failure === null && next < items.length) {
      const index = next++;
      const t0 = performance.now();
      try {
        results[index] = await job(items[index], index);
      } catch (err) {
        failure = err;
        return;
      }
      latencies.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  if (failure) throw failure;
  return { latencies, wallMs: performance.now() - started, results };
}

class HttpClient {
  constructor(baseUrl) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  }

  /** Sends a request and answers { status, body, bytes }; a status other than `expect` throws, naming the route. */
  request(method, path, { token, body, expect = 200 } = {}) {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers = { accept: 'application/json' };
    if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': payload.length });
    if (token) headers.authorization = `Bearer ${token}`;
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: this.host, port: this.port, method, path, headers, agent: this.agent },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            let parsed;
            try {
              parsed = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
            } catch {
              parsed = raw.toString('utf8');
            }
            if (res.statusCode !== expect)
              reject(new Error(`${method} ${path} answered ${res.statusCode}: ${raw.toString('utf8').slice(0, 500)}`));
            else resolve({ status: res.statusCode, body: parsed, bytes: raw.length });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  get(path, token) {
    return this.request('GET', path, { token });
  }

  post(path, token, body, expect = 201) {
    return this.request('POST', path, { token, body, expect });
  }

  close() {
    this.agent.destroy();
  }
}

/** Spreads requests over several API processes in turn, as a load balancer would. */
class RoundRobinClient {
  constructor(clients) {
    this.clients = clients;
    this.next = 0;
  }

  pick() {
    return this.clients[this.next++ % this.clients.length];
  }

  get(path, token) {
    return this.pick().get(path, token);
  }

  post(path, token, body, expect = 201) {
    return this.pick().post(path, token, body, expect);
  }

  close() {
    for (const c of this.clients) c.close();
  }
}

module.exports = { runConcurrently, HttpClient, RoundRobinClient };
