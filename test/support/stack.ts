import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { runMigrations } from '../../libs/persistence/src/migrate';
import { dataSourceOptions } from '../../libs/persistence/src';
import { loadTemporalConfig } from '../../libs/config/src';
import { kinshipDataConverter } from '../../libs/temporal/src';
import { startTestSmtpServer, type TestSmtpServer } from '../../scripts/lib/smtp-sink';
import { ConversionDriver } from './conversion';
import { ApiUnderTest } from './http';

export const REPO_ROOT = join(__dirname, '..', '..');

/** The stack `npm test` starts. These tests never run against anything else, and never skip. */
export function stackEnv(): { databaseUrl: string; migrationDatabaseUrl: string; temporalAddress: string } {
  const { DATABASE_URL, MIGRATION_DATABASE_URL, TEMPORAL_ADDRESS } = process.env;
  if (!DATABASE_URL || !TEMPORAL_ADDRESS) {
    throw new Error(
      'This test needs the Temporal server and PostgreSQL that `npm test` starts (DATABASE_URL, TEMPORAL_ADDRESS are unset)',
    );
  }
  // DATABASE_URL is the application's role; migrations run as the owner (MIGRATION_DATABASE_URL).
  return {
    databaseUrl: DATABASE_URL,
    migrationDatabaseUrl: MIGRATION_DATABASE_URL || DATABASE_URL,
    temporalAddress: TEMPORAL_ADDRESS,
  };
}

/** Migrates as the owner, then connects as the application's role, as the API and the worker do. */
export async function migratedDataSource(): Promise<DataSource> {
  const { databaseUrl, migrationDatabaseUrl } = stackEnv();
  await runMigrations(migrationDatabaseUrl);
  return new DataSource(dataSourceOptions(databaseUrl)).initialize();
}

export async function temporalClient(): Promise<{ client: Client; connection: Connection }> {
  const connection = await Connection.connect({ address: stackEnv().temporalAddress });
  // The same codec (TEMPORAL_PAYLOAD_KEYS, set by scripts/test.js) as the API and the worker.
  const { payloadKeys } = loadTemporalConfig();
  return { client: new Client({ connection, dataConverter: kinshipDataConverter(payloadKeys) }), connection };
}

/** A task queue of the test file's own, so no other file's worker picks up its workflows. */
export function uniqueTaskQueue(name: string): string {
  return `test-${name}-${Date.now().toString(36)}`;
}

/** Writes a policy override file; tests shorten durations to seconds this way (never by mocking time). */
export function writePolicyFile(name: string, overrides: unknown): string {
  const dir = join(REPO_ROOT, '.test-data', 'policies');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(overrides, null, 2));
  return file;
}

/** The real worker (`node dist/apps/worker/src/main.js`) as a child process, so it can be SIGKILLed. */
export class WorkerProcess {
  private child?: ChildProcess;
  output = '';

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  async start(): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/apps/worker/src/main.js')], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        if (this.output.includes('worker started')) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`worker exited with ${code} before starting:\n${this.output}`)));
    });
  }

  /** SIGKILL: no shutdown hooks, no draining; whatever it was doing is cut off. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}

/**
 * A second API process on the stack's database and task queue, with some settings changed (an
 * unreachable Temporal, a shorter deadline), as another replica would be. process.env is left as it was.
 */
export async function startAnotherApi(stack: TestStack, env: Record<string, string>): Promise<ApiUnderTest> {
  const saved = { ...process.env };
  try {
    return await ApiUnderTest.start({ ...stack.env, ...env });
  } finally {
    // ApiUnderTest.start writes its settings into process.env; the rest of the spec keeps the stack's.
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
}

/** A port nothing listens on: for pointing a client at a service that is down. */
export async function freePortNotListening(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Everything an HTTP-level test talks to: the real worker process, the API, PostgreSQL, Temporal and SMTP. */
export interface TestStack {
  db: DataSource;
  smtp: TestSmtpServer;
  worker: WorkerProcess;
  api: ApiUnderTest;
  drive: ConversionDriver;
  temporal: { client: Client; connection: Connection };
  /** The environment the worker and the API were started with (task queue, policy file, SMTP). */
  env: Record<string, string>;
}

export interface TestStackOptions<X extends object> {
  /** Policy overrides (durations shortened to seconds where a test needs them); a function is read in beforeAll. */
  policy?: object | (() => object);
  /** More set-up once the stack is up (tokens, a provider, a browser); its fields join the stack. */
  with?: (stack: TestStack) => Promise<X>;
}

/**
 * The one way a spec gets the stack: starts the worker and the API on a task queue of their own with
 * the given policy, configured as production is (through the environment), in `beforeAll`, and stops
 * it all in `afterAll`. The returned object is filled in when `beforeAll` has run, so read its fields
 * inside tests and hooks: `const stack = useTestStack('asgsf'); … stack.drive.createChild()`.
 */
export function useTestStack<X extends object = object>(
  name: string,
  options: TestStackOptions<X> = {},
): TestStack & X {
  const stack = {} as TestStack & X;
  const stops: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    const policy = typeof options.policy === 'function' ? options.policy() : (options.policy ?? {});
    Object.assign(stack, await startTestStack(name, policy, stops));
    if (options.with) Object.assign(stack, await options.with(stack));
  });
  afterAll(async () => {
    // Last started, first stopped; each part that started is stopped even if another fails to.
    const errors: unknown[] = [];
    for (const stop of stops.reverse()) await stop().catch((err: unknown) => errors.push(err));
    if (errors.length) throw errors[0];
  });
  return stack;
}

/**
 * For a spec that must start, stop and restart stacks inside its tests (key rotation, say): the same
 * stack as `useTestStack`, with a `stop()` of its own that stops the parts in reverse order.
 */
export async function startOwnTestStack(
  name: string,
  policy: object = {},
): Promise<TestStack & { stop(): Promise<void> }> {
  const stops: (() => Promise<unknown>)[] = [];
  const stack = await startTestStack(name, policy, stops);
  const stop = async () => {
    for (const part of stops.reverse()) await part().catch(() => undefined);
  };
  return { ...stack, stop };
}

async function startTestStack(name: string, policy: object, stops: (() => Promise<unknown>)[]): Promise<TestStack> {
  const { databaseUrl, temporalAddress } = stackEnv();
  const db = await migratedDataSource();
  stops.push(() => db.destroy());
  const smtp = await startTestSmtpServer();
  stops.push(() => smtp.stop());
  const temporal = await temporalClient();
  stops.push(() => temporal.connection.close());
  const env = {
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: uniqueTaskQueue(name),
    SMTP_URL: smtp.url,
    KINSHIP_POLICY_FILE: writePolicyFile(name, policy),
  };
  const worker = new WorkerProcess(env);
  stops.push(() => worker.stop());
  await worker.start();
  const api = await ApiUnderTest.start(env);
  stops.push(() => api.stop());
  const drive = await ConversionDriver.create(api);
  return { db, smtp, worker, api, drive, temporal, env };
}
