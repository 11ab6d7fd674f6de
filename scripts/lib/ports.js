'use strict';
// Port helpers for the local stack. Everything binds to 127.0.0.1 only.
const net = require('node:net');

/** Ask the kernel for a free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** True when nothing is listening on 127.0.0.1:<port> (or a wildcard address covering it). */
function isPortFree(port) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', (err) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') resolve(false);
      else reject(err);
    });
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** Resolve once something accepts TCP connections on host:port, or reject after timeoutMs. */
async function waitForPort(port, { host = '127.0.0.1', timeoutMs = 60_000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise((resolve) => {
      const sock = net.connect({ host, port });
      sock.once('connect', () => {
        sock.destroy();
        resolve(true);
      });
      sock.once('error', () => {
        sock.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    if (!isAlive()) throw new Error(`process exited before ${host}:${port} accepted connections`);
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${host}:${port}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// The ports `npm start` uses (Temporal, its UI, PostgreSQL, SMTP, the API, API and worker metrics,
// the local OpenID Provider):
// `npm test` and `npm run bench` never take them, so they can run beside a dev stack.
const RESERVED_PORTS = new Set([7233, 8233, 5433, 1025, 3000, 9464, 9465, 9090]);

/** `n` different free ports, none of them one `npm start` uses. */
async function distinctFreePorts(n) {
  const ports = new Set();
  while (ports.size < n) {
    const p = await freePort();
    if (!RESERVED_PORTS.has(p)) ports.add(p);
  }
  return [...ports];
}

/** The HTTP status a GET of `url` answers, or null when nothing answers within 3 s. */
function getStatus(url) {
  return new Promise((resolve) => {
    const req = require('node:http').get(url, { timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

module.exports = { freePort, isPortFree, waitForPort, distinctFreePorts, getStatus, RESERVED_PORTS };
