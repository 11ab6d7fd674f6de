// Types for smtp-sink.js, so TypeScript tests can `import { startTestSmtpServer } from '../../scripts/lib/smtp-sink'`.
export interface ReceivedMail {
  /** Envelope recipients (RCPT TO, includes Bcc). */
  to: string[];
  cc: string[];
  /** The From header as text, e.g. `"Kinship workflows" <kinship@council.example>`. */
  from: string;
  fromAddress: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  date: Date | null;
  headers: Map<string, unknown>;
  raw: string;
}

export interface TestSmtpServer {
  port: number;
  url: string;
  messages: ReceivedMail[];
  waitFor(predicate?: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  clear(): void;
  /** Holds the next message's 250 reply for `ms` (dropped if the sender disconnects meanwhile); resolves once its data has arrived. */
  holdNextAcceptance(ms: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
}

export function startTestSmtpServer(opts?: { port?: number; host?: string }): Promise<TestSmtpServer>;

export function startSmtpSink(opts: {
  port: number;
  mailDir: string;
  host?: string;
  log?: (line: string) => void;
}): Promise<{
  name: string;
  port: number;
  url: string;
  mailDir: string;
  stop(): Promise<void>;
}>;
