'use strict';
// Local SMTP servers that accept every message and deliver nowhere.
//  - startSmtpSink: for `npm start`; writes each message to <mailDir>/*.eml and logs one line.
//  - startTestSmtpServer: for tests; keeps parsed messages in memory with waitFor().
// Both speak real SMTP, so the app's nodemailer transport is exercised end to end.
const fs = require('node:fs');
const path = require('node:path');

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

function addressesOf(field) {
  if (!field) return [];
  return (Array.isArray(field) ? field : [field])
    .flatMap((f) => f.value || [])
    .map((v) => v.address)
    .filter(Boolean);
}

/** Parse a raw message into the shape tests assert on. */
async function parseMessage(raw, envelope) {
  const { simpleParser } = require('mailparser');
  const parsed = await simpleParser(raw);
  return {
    // Envelope recipients (RCPT TO), which include Bcc; fall back to the headers.
    to: envelope.rcptTo.length ? envelope.rcptTo.map((r) => r.address) : addressesOf(parsed.to),
    cc: addressesOf(parsed.cc),
    from: parsed.from ? parsed.from.text : (envelope.mailFrom && envelope.mailFrom.address) || '',
    fromAddress: addressesOf(parsed.from)[0] || (envelope.mailFrom && envelope.mailFrom.address) || '',
    subject: parsed.subject || '',
    text: parsed.text || '',
    html: parsed.html || '',
    messageId: parsed.messageId || '',
    date: parsed.date || null,
    headers: parsed.headers,
    raw: raw.toString('utf8'),
  };
}

/**
 * Create and listen. onMessage(raw: Buffer, session) may be async; if it throws, the client
 * gets a 451 so a broken sink is visible instead of silently dropping mail.
 */
function listen({ port, host = '127.0.0.1', onMessage, onClose, refuses = () => false }) {
  const { SMTPServer } = require('smtp-server');
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'], // plain text on loopback; no certificates to manage
    size: MAX_MESSAGE_BYTES,
    logger: false,
    closeTimeout: 2_000,
    onClose(session) {
      if (onClose) onClose(session);
    },
    onRcptTo(address, session, cb) {
      if (!refuses(address.address)) return cb();
      const err = new Error(`Mailbox unavailable: ${address.address}`);
      err.responseCode = 550;
      cb(err);
    },
    onAuth(auth, session, cb) {
      cb(null, { user: auth.username || 'anonymous' });
    }, // accept any credentials
    onData(stream, session, cb) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('error', cb);
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          const err = new Error(`Message exceeds the ${MAX_MESSAGE_BYTES} byte limit`);
          err.responseCode = 552;
          cb(err);
          return;
        }
        Promise.resolve(onMessage(Buffer.concat(chunks), session)).then(
          () => cb(),
          (e) => {
            const err = new Error(`Sink failed to store message: ${e.message}`);
            err.responseCode = 451;
            cb(err);
          },
        );
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      server.on('error', (err) => console.error(`[smtp] ${err.message}`));
      resolve(server);
    });
  });
}

function closer(server) {
  return () => new Promise((resolve) => server.close(() => resolve()));
}

/** Dev sink for `npm start`: raw .eml files in mailDir plus a one-line log per message. */
async function startSmtpSink({ port, mailDir, host = '127.0.0.1', log = console.log }) {
  fs.mkdirSync(mailDir, { recursive: true });
  let n = 0;
  const server = await listen({
    port,
    host,
    async onMessage(raw, session) {
      n += 1;
      // ISO timestamp with ':' and '.' replaced, so the names are valid on every OS and sort by time.
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      fs.writeFileSync(path.join(mailDir, `${stamp}-${n}.eml`), raw);
      const msg = await parseMessage(raw, session.envelope).catch(() => null);
      const to = msg ? msg.to : session.envelope.rcptTo.map((r) => r.address);
      log(`mail to ${to.join(', ')}: ${msg ? msg.subject : '(unparseable message)'}`);
    },
  });
  const actualPort = server.server.address().port;
  return { name: 'smtp', port: actualPort, url: `smtp://${host}:${actualPort}`, mailDir, stop: closer(server) };
}

/** Recipients at this domain are refused by the test server with 550 (test/faults/permanent-failures.spec.ts). */
const REFUSED_DOMAIN = 'refused.example';

/** In-memory SMTP server for tests. port 0 → a free port. */
async function startTestSmtpServer({ port = 0, host = '127.0.0.1' } = {}) {
  const messages = [];
  const waiters = new Set();
  const closedSessions = new Set();
  let hold = null; // { ms, arrived: resolve } for the next message
  const server = await listen({
    port,
    host,
    // Like a real server refusing an unknown mailbox (550): a permanent failure to send.
    refuses: (address) => address.endsWith(`@${REFUSED_DOMAIN}`),
    onClose(session) {
      closedSessions.add(session.id);
    },
    async onMessage(raw, session) {
      const msg = await parseMessage(raw, session.envelope);
      if (hold) {
        // Like a real mail server, take responsibility only when the 250 reply reaches the
        // sender: a client that goes away before then has not sent the message.
        const { ms, arrived } = hold;
        hold = null;
        arrived(msg);
        await new Promise((resolve) => setTimeout(resolve, ms));
        if (closedSessions.has(session.id)) return;
      }
      messages.push(msg);
      for (const w of [...waiters]) w.check(msg);
    },
  });
  const actualPort = server.server.address().port;

  /** Resolves with the first message (already received or future) matching predicate. */
  function waitFor(predicate = () => true, timeoutMs = 10_000) {
    const existing = messages.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter = {
        check(msg) {
          if (!predicate(msg)) return;
          clearTimeout(waiter.timer);
          waiters.delete(waiter);
          resolve(msg);
        },
      };
      waiter.timer = setTimeout(() => {
        waiters.delete(waiter);
        const seen = messages.map((m) => `  - to ${m.to.join(', ')}: ${m.subject}`).join('\n') || '  (none)';
        reject(new Error(`No matching mail within ${timeoutMs} ms. Received:\n${seen}`));
      }, timeoutMs);
      waiters.add(waiter);
    });
  }

  return {
    port: actualPort,
    url: `smtp://${host}:${actualPort}`,
    messages,
    waitFor,
    clear: () => {
      messages.length = 0;
    },
    /** Holds the next message's acceptance for `ms`; resolves with it once its data has arrived. */
    holdNextAcceptance: (ms) =>
      new Promise((arrived) => {
        hold = { ms, arrived };
      }),
    stop: closer(server),
  };
}

module.exports = { startSmtpSink, startTestSmtpServer, parseMessage };
