import { createTransport, type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';

/**
 * The outbox's SMTP transport: a pool of `connections` sessions kept open between messages, so a
 * burst of reminders does not pay a TCP connect, greeting and EHLO for each one, and bounded waits,
 * so a relay that accepts the connection and then says nothing fails the attempt. The options go
 * into the transport itself: `createTransport(url, options)` would take them as defaults for each
 * message, and the connection would keep nodemailer's minutes-long timeouts.
 */
export function createMailTransport(smtpUrl: string, connections: number): Transporter {
  return createTransport({
    ...parseConnectionUrl(smtpUrl),
    pool: true,
    maxConnections: connections,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}
