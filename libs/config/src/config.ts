import { existsSync, readFileSync } from 'node:fs';
import { parsePayloadKeys, type PayloadKeyring } from './payload-keys';

/**
 * The one place environment variables are read. Each process loads the sections it needs at
 * start; a bad or missing variable stops it with a ConfigError naming every problem at once.
 * The sections are classes so Nest can inject them by type (see ConfigModule).
 */

/**
 * PostgreSQL. The API and the worker connect with DATABASE_URL (the application's role, which may
 * only add to the audit tables); migrations with MIGRATION_DATABASE_URL (the schema's owner),
 * which defaults to DATABASE_URL.
 */
export class DatabaseConfig {
  constructor(
    readonly url: string,
    /** How long a query waits for a connection before the API answers 503 naming PostgreSQL. */
    readonly connectTimeoutMs: number = DEFAULTS.DATABASE_CONNECT_TIMEOUT_MS,
  ) {}
}

/** TLS towards Temporal: the server's CA, a client certificate pair for mTLS, the name to check. */
export interface TemporalTls {
  serverRootCACertificate?: Buffer;
  clientCertPair?: { crt: Buffer; key: Buffer };
  serverNameOverride?: string;
}

/** Temporal, read the same way by the API's client and the worker. */
export class TemporalConfig {
  constructor(
    readonly address: string,
    readonly namespace: string,
    readonly taskQueue: string,
    /** The keys payloads are encrypted with (the first current, the rest still decrypt). */
    readonly payloadKeys: PayloadKeyring,
    readonly tls?: TemporalTls,
    readonly apiKey?: string,
    /** The deadline of every call the API makes to Temporal; past it the API answers 503 naming Temporal. */
    readonly callTimeoutMs: number = DEFAULTS.TEMPORAL_CALL_TIMEOUT_MS,
  ) {}
}

/** The codec endpoint for the Temporal UI: the browser origins allowed to call it. */
export class CodecEndpointConfig {
  constructor(readonly corsOrigins: string[]) {}
}

export type AuthMode = 'dev' | 'oidc';

/** Signature algorithms an OIDC access token may use: asymmetric only, never HS* (a shared secret). */
export const OIDC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
] as const;
export type OidcAlgorithm = (typeof OIDC_ALGORITHMS)[number];

/** How the API checks the council's identity provider's access tokens, and what the web app signs in with. */
export interface OidcSettings {
  jwksUrl: string;
  /** `iss` must equal it. */
  issuer: string;
  /** `aud` must contain it. */
  audience: string;
  algorithms: OidcAlgorithm[];
  /** A token issued (`iat`) longer ago than this is refused even if its `exp` is later. */
  maxTokenAgeSeconds: number;
  /** Where roles and the team are read from: a claim name, or a dotted path such as `realm_access.roles`. */
  rolesClaim: string;
  teamClaim: string;
  /** The web app's public client (authorization code + PKCE); without it the web app offers only a pasted token. */
  webClientId?: string;
  webScopes: string;
  /** Sent as `resource` (RFC 8707) when signing in, for providers that pick the audience that way. */
  webResource?: string;
}

/** Seconds of clock difference allowed between the identity provider and the API (exp, iat, nbf). */
export const OIDC_CLOCK_TOLERANCE_SECONDS = 60;

/** How the API verifies bearer tokens: the dev secret (dev) or the issuer's JWKS (oidc). */
export class AuthConfig {
  constructor(
    readonly mode: AuthMode,
    readonly devSecret: string,
    readonly oidc?: OidcSettings,
  ) {}
}

/** Where the API listens. */
export class HttpConfig {
  constructor(
    readonly port: number,
    readonly host: string,
    /** METRICS_PORT: Prometheus `/metrics` on a listener of its own, kept off the public API; unset, none. */
    readonly metricsPort?: number,
  ) {}
}

/** A council's policy overrides (a JSON file over the defaults); none means the defaults. */
export class PolicyConfig {
  constructor(readonly file?: string) {}
}

/** Outgoing email (the worker's notification activities). */
export class MailConfig {
  constructor(
    readonly smtpUrl: string,
    readonly from: string,
    /** WEB_BASE_URL: where the web app is, for the link to the case in every email. */
    readonly webBaseUrl: string = DEFAULTS.WEB_BASE_URL,
    /** The outbox dispatcher: how often it looks for pending email, and how it retries a failed send. */
    readonly outbox: OutboxSettings = {
      pollMs: DEFAULTS.OUTBOX_POLL_MS,
      maxAttempts: DEFAULTS.OUTBOX_MAX_ATTEMPTS,
      maxRetryIntervalMs: DEFAULTS.OUTBOX_MAX_RETRY_INTERVAL_MS,
    },
  ) {}
}

export interface OutboxSettings {
  pollMs: number;
  /** Sends tried before a message the server never took (it was down, or said 4xx) is marked failed. */
  maxAttempts: number;
  /** Retries back off from 2 s, doubling, up to this. */
  maxRetryIntervalMs: number;
}

/**
 * Requests one client address may make per minute: to `/auth/*` (sign-in) and of any write
 * (POST, PUT, PATCH, DELETE). Over the limit the API answers 429 with `Retry-After`.
 */
export class RateLimitConfig {
  constructor(
    readonly signInPerMinute: number,
    readonly writesPerMinute: number,
  ) {}
}

export const TEMPORAL_LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR'] as const;
export type TemporalLogLevel = (typeof TEMPORAL_LOG_LEVELS)[number];

/** The worker's own settings. */
export class WorkerRuntimeConfig {
  constructor(
    readonly temporalLogLevel: TemporalLogLevel,
    /** On SIGTERM, how long in-flight activities may run to completion before they are cancelled. */
    readonly shutdownGraceMs: number = DEFAULTS.WORKER_SHUTDOWN_GRACE_MS,
    /** WORKER_HEALTH_PORT: `/health/live`, `/health/ready` and `/metrics` of the worker; unset, none. */
    readonly healthPort?: number,
    /**
     * How many workflows the worker keeps in memory between their tasks: a bound on its RSS, however
     * many processes sleep (an evicted one is replayed from history when it next wakes).
     */
    readonly maxCachedWorkflows: number = DEFAULTS.WORKER_MAX_CACHED_WORKFLOWS,
  ) {}
}

export interface ApiConfig {
  database: DatabaseConfig;
  temporal: TemporalConfig;
  auth: AuthConfig;
  http: HttpConfig;
  policy: PolicyConfig;
  codec: CodecEndpointConfig;
  rateLimit: RateLimitConfig;
}

export interface WorkerConfig {
  database: DatabaseConfig;
  temporal: TemporalConfig;
  mail: MailConfig;
  runtime: WorkerRuntimeConfig;
}

export interface MigrationConfig {
  database: DatabaseConfig;
}

/** Dev mode's HS256 secret must be at least this long (as HMAC-SHA256's key size). */
export const MIN_DEV_SECRET_LENGTH = 32;

/** Local-stack defaults: the ports `npm start` uses and the task queue the worker polls. */
export const DEFAULTS = {
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
  TEMPORAL_NAMESPACE: 'default',
  TEMPORAL_TASK_QUEUE: 'kinship',
  TEMPORAL_LOG_LEVEL: 'WARN',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  MAIL_FROM: 'Kinship workflows <kinship@council.example>',
  AUTH_ALGORITHMS: 'RS256,ES256,PS256',
  AUTH_MAX_TOKEN_AGE_SECONDS: 12 * 3600,
  AUTH_ROLES_CLAIM: 'roles',
  AUTH_TEAM_CLAIM: 'team',
  AUTH_WEB_SCOPES: 'openid profile email',
  PORT: 3000,
  RATE_LIMIT_SIGN_IN_PER_MINUTE: 30,
  RATE_LIMIT_WRITES_PER_MINUTE: 600,
  HOST: '0.0.0.0',
  TEMPORAL_CALL_TIMEOUT_MS: 10_000,
  DATABASE_CONNECT_TIMEOUT_MS: 5_000,
  WORKER_SHUTDOWN_GRACE_MS: 30_000,
  WEB_BASE_URL: 'http://localhost:3000',
  OUTBOX_POLL_MS: 1_000,
  // About a day of retries at the 5-minute cap: a relay down overnight loses nothing.
  OUTBOX_MAX_ATTEMPTS: 300,
  OUTBOX_MAX_RETRY_INTERVAL_MS: 300_000,
  WORKER_MAX_CACHED_WORKFLOWS: 500,
} as const;

/** Every problem found, one line per variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads variables, collecting problems instead of throwing at the first. An empty value counts as unset. */
class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  required(name: string, why: string): string {
    const value = this.raw(name);
    if (value === undefined) this.problems.push(`${name} is not set (${why})`);
    return value ?? '';
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name}=${value} is not one of ${allowed.join(', ')}`);
      return fallback;
    }
    return value as T;
  }

  port(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const port = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(port >= 1 && port <= 65535)) {
      this.problems.push(`${name}=${value} is not a port number (1 to 65535)`);
      return fallback;
    }
    return port;
  }

  /** A port that is off unless set. */
  optionalPort(name: string): number | undefined {
    return this.raw(name) === undefined ? undefined : this.port(name, 0);
  }

  /** A whole number from 1 up. */
  positiveInt(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1)) {
      this.problems.push(`${name}=${value} is not a whole number of at least 1`);
      return fallback;
    }
    return n;
  }

  /** A duration in seconds: `3600`, `3600s`, `90m` or `12h`. */
  seconds(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const match = /^(\d{1,7})\s*(s|m|h)?$/.exec(value);
    const n = match ? Number(match[1]) * { s: 1, m: 60, h: 3600 }[(match[2] ?? 's') as 's' | 'm' | 'h'] : NaN;
    if (!(n >= 1)) {
      this.problems.push(`${name}=${value} is not a duration such as 12h, 90m or 3600s`);
      return fallback;
    }
    return n;
  }

  /** A claim name, or a dotted path into nested claims (`realm_access.roles`). */
  claimPath(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (/\s/.test(value) || value.split('.').some((part) => part === '')) {
      this.problems.push(`${name}=${value} is not a claim name or a dotted path such as realm_access.roles`);
      return fallback;
    }
    return value;
  }

  /** A URL whose scheme is one of `schemes`; checked only when present. */
  checkUrl(name: string, value: string | undefined, schemes: string[]): void {
    if (value === undefined || value === '') return;
    let protocol: string | undefined;
    try {
      protocol = new URL(value).protocol.replace(/:$/, '');
    } catch {
      protocol = undefined;
    }
    if (!protocol || !schemes.includes(protocol)) {
      this.problems.push(`${name} is not a ${schemes.map((s) => `${s}://`).join(' or ')} URL`);
    }
  }

  /** host:port, as Temporal's clients take it (no scheme). */
  checkHostPort(name: string, value: string): void {
    const match = /^(\[[^\]\s]+\]|[^\s:/[\]]+):(\d{1,5})$/.exec(value);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 65535) {
      this.problems.push(`${name}=${value} is not host:port (such as 127.0.0.1:7233)`);
    }
  }

  done<T>(config: T): T {
    if (this.problems.length) throw new ConfigError(this.problems);
    return config;
  }
}

function database(r: EnvReader): DatabaseConfig {
  const url = r.required('DATABASE_URL', 'the PostgreSQL connection URL; npm start and npm test set it');
  r.checkUrl('DATABASE_URL', url, ['postgres', 'postgresql']);
  return new DatabaseConfig(url, r.positiveInt('DATABASE_CONNECT_TIMEOUT_MS', DEFAULTS.DATABASE_CONNECT_TIMEOUT_MS));
}

/** Migrations run as the schema's owner: MIGRATION_DATABASE_URL, else DATABASE_URL. */
function migrationDatabase(r: EnvReader): DatabaseConfig {
  const url = r.raw('MIGRATION_DATABASE_URL');
  if (url === undefined) return database(r);
  r.checkUrl('MIGRATION_DATABASE_URL', url, ['postgres', 'postgresql']);
  return new DatabaseConfig(url);
}

function temporal(r: EnvReader): TemporalConfig {
  const address = r.string('TEMPORAL_ADDRESS', DEFAULTS.TEMPORAL_ADDRESS);
  r.checkHostPort('TEMPORAL_ADDRESS', address);
  const apiKey = r.raw('TEMPORAL_API_KEY');
  return new TemporalConfig(
    address,
    r.string('TEMPORAL_NAMESPACE', DEFAULTS.TEMPORAL_NAMESPACE),
    r.string('TEMPORAL_TASK_QUEUE', DEFAULTS.TEMPORAL_TASK_QUEUE),
    payloadKeys(r),
    temporalTls(r, !!apiKey),
    apiKey,
    r.positiveInt('TEMPORAL_CALL_TIMEOUT_MS', DEFAULTS.TEMPORAL_CALL_TIMEOUT_MS),
  );
}

/**
 * `TEMPORAL_PAYLOAD_KEYS`: without a key children's data would reach Temporal in clear, so it is
 * refused everywhere (`npm start` and `npm test` always set one), with a production-specific message.
 */
function payloadKeys(r: EnvReader): PayloadKeyring {
  const spec = r.raw('TEMPORAL_PAYLOAD_KEYS');
  if (spec === undefined) {
    r.problems.push(
      r.raw('NODE_ENV') === 'production'
        ? 'TEMPORAL_PAYLOAD_KEYS is not set: refusing to start in production without a payload encryption key'
        : 'TEMPORAL_PAYLOAD_KEYS is not set: `npm start` and `npm test` set one; otherwise set it to <id>:<base64 of 32 random bytes> (see README, "Data protection")',
    );
    return undefined as unknown as PayloadKeyring;
  }
  try {
    return parsePayloadKeys(spec);
  } catch (err) {
    r.problems.push((err as Error).message);
    return undefined as unknown as PayloadKeyring;
  }
}

/**
 * TLS / mTLS towards Temporal: `TEMPORAL_TLS_CA` (turns TLS on), `TEMPORAL_TLS_CERT` + `TEMPORAL_TLS_KEY`
 * (together), `TEMPORAL_TLS_SERVER_NAME`, `TEMPORAL_TLS=true` (system CAs); an API key implies TLS
 * unless `TEMPORAL_TLS=false`. PEM values inline (`-----BEGIN…`) or as a file path.
 */
function temporalTls(r: EnvReader, hasApiKey: boolean): TemporalTls | undefined {
  const ca = pem(r, 'TEMPORAL_TLS_CA');
  const crt = pem(r, 'TEMPORAL_TLS_CERT');
  const key = pem(r, 'TEMPORAL_TLS_KEY');
  const serverName = r.raw('TEMPORAL_TLS_SERVER_NAME');
  if (!!crt !== !!key) r.problems.push('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY must be set together (mTLS)');
  const flag = r.oneOf('TEMPORAL_TLS', ['true', 'false'], 'unset' as 'true' | 'false');
  if (flag === 'false' && (ca || crt || serverName)) {
    r.problems.push('TEMPORAL_TLS=false contradicts TEMPORAL_TLS_CA / _CERT / _SERVER_NAME');
  }
  const wanted = flag === 'true' || ((flag as string) !== 'false' && (!!ca || !!crt || !!serverName || hasApiKey));
  if (!wanted) return undefined;
  return {
    ...(ca ? { serverRootCACertificate: ca } : {}),
    ...(crt && key ? { clientCertPair: { crt, key } } : {}),
    ...(serverName ? { serverNameOverride: serverName } : {}),
  };
}

function pem(r: EnvReader, name: string): Buffer | undefined {
  const value = r.raw(name);
  if (value === undefined) return undefined;
  if (value.startsWith('-----BEGIN')) return Buffer.from(value.replace(/\\n/g, '\n'));
  try {
    return readFileSync(value);
  } catch (err) {
    r.problems.push(`${name}: cannot read ${value} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    return undefined;
  }
}

/** `TEMPORAL_UI_ORIGINS`: comma-separated origins of the Temporal UI; none means no cross-origin calls. */
function codecEndpoint(r: EnvReader): CodecEndpointConfig {
  const origins = (r.raw('TEMPORAL_UI_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of origins) r.checkUrl('TEMPORAL_UI_ORIGINS', origin, ['https', 'http']);
  return new CodecEndpointConfig(origins);
}

/**
 * OIDC unless `AUTH_MODE=dev` is set on purpose. Dev mode signs tokens with a shared secret that
 * anyone holding it can forge, so it is refused under NODE_ENV=production and needs a secret of at
 * least 32 characters (`npm start` generates one under `.data/`; there is no built-in one).
 */
function auth(r: EnvReader): AuthConfig {
  const mode = r.oneOf<AuthMode>('AUTH_MODE', ['dev', 'oidc'], 'oidc');
  let devSecret = '';
  if (mode === 'dev') {
    if (r.raw('NODE_ENV') === 'production') {
      r.problems.push('AUTH_MODE=dev is refused with NODE_ENV=production: anyone can mint a dev token');
    }
    devSecret = r.required('AUTH_DEV_SECRET', 'dev mode signs tokens with it; npm start generates one');
    if (devSecret && devSecret.length < MIN_DEV_SECRET_LENGTH) {
      r.problems.push(`AUTH_DEV_SECRET is shorter than ${MIN_DEV_SECRET_LENGTH} characters`);
    }
  }
  if (mode === 'dev') return new AuthConfig(mode, devSecret);
  return new AuthConfig(mode, devSecret, oidc(r));
}

/**
 * OIDC mode: the issuer, the audience and the JWKS are all required (each one missing is named), so
 * no token meant for another application, or from another issuer, is ever accepted.
 */
function oidc(r: EnvReader): OidcSettings {
  const jwksUrl = r.required(
    'AUTH_JWKS_URL',
    "the identity provider's JWKS (its signing keys), from its discovery document",
  );
  const issuer = r.required('AUTH_ISSUER', "the identity provider's issuer: the `iss` every token must carry");
  const audience = r.required(
    'AUTH_AUDIENCE',
    "this API's audience at the identity provider: the `aud` every token must carry",
  );
  r.checkUrl('AUTH_JWKS_URL', jwksUrl, ['https', 'http']);
  r.checkUrl('AUTH_ISSUER', issuer, ['https', 'http']);
  return {
    jwksUrl,
    issuer,
    audience,
    algorithms: oidcAlgorithms(r),
    maxTokenAgeSeconds: r.seconds('AUTH_MAX_TOKEN_AGE', DEFAULTS.AUTH_MAX_TOKEN_AGE_SECONDS),
    rolesClaim: r.claimPath('AUTH_ROLES_CLAIM', DEFAULTS.AUTH_ROLES_CLAIM),
    teamClaim: r.claimPath('AUTH_TEAM_CLAIM', DEFAULTS.AUTH_TEAM_CLAIM),
    webClientId: r.raw('AUTH_WEB_CLIENT_ID'),
    webScopes: r.string('AUTH_WEB_SCOPES', DEFAULTS.AUTH_WEB_SCOPES),
    webResource: r.raw('AUTH_WEB_RESOURCE'),
  };
}

/** `AUTH_ALGORITHMS`: comma-separated, each one of OIDC_ALGORITHMS. */
function oidcAlgorithms(r: EnvReader): OidcAlgorithm[] {
  const listed = (r.raw('AUTH_ALGORITHMS') ?? DEFAULTS.AUTH_ALGORITHMS)
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const unknown = listed.filter((a) => !(OIDC_ALGORITHMS as readonly string[]).includes(a));
  if (unknown.length || !listed.length) {
    r.problems.push(
      `AUTH_ALGORITHMS=${r.raw('AUTH_ALGORITHMS')} names ${unknown.join(', ') || 'no algorithm'}: allowed are ${OIDC_ALGORITHMS.join(', ')} (never HS*, a shared secret)`,
    );
  }
  return listed.filter((a): a is OidcAlgorithm => (OIDC_ALGORITHMS as readonly string[]).includes(a));
}

function http(r: EnvReader): HttpConfig {
  return new HttpConfig(r.port('PORT', DEFAULTS.PORT), r.string('HOST', DEFAULTS.HOST), r.optionalPort('METRICS_PORT'));
}

function rateLimit(r: EnvReader): RateLimitConfig {
  return new RateLimitConfig(
    r.positiveInt('RATE_LIMIT_SIGN_IN_PER_MINUTE', DEFAULTS.RATE_LIMIT_SIGN_IN_PER_MINUTE),
    r.positiveInt('RATE_LIMIT_WRITES_PER_MINUTE', DEFAULTS.RATE_LIMIT_WRITES_PER_MINUTE),
  );
}

function policy(r: EnvReader): PolicyConfig {
  const file = r.raw('KINSHIP_POLICY_FILE');
  if (file !== undefined && !existsSync(file)) r.problems.push(`KINSHIP_POLICY_FILE=${file}: no such file`);
  return new PolicyConfig(file);
}

function mail(r: EnvReader): MailConfig {
  const smtpUrl = r.string('SMTP_URL', DEFAULTS.SMTP_URL);
  r.checkUrl('SMTP_URL', smtpUrl, ['smtp', 'smtps']);
  const webBaseUrl = r.string('WEB_BASE_URL', DEFAULTS.WEB_BASE_URL).replace(/\/+$/, '');
  r.checkUrl('WEB_BASE_URL', webBaseUrl, ['https', 'http']);
  return new MailConfig(smtpUrl, r.string('MAIL_FROM', DEFAULTS.MAIL_FROM), webBaseUrl, {
    pollMs: r.positiveInt('OUTBOX_POLL_MS', DEFAULTS.OUTBOX_POLL_MS),
    maxAttempts: r.positiveInt('OUTBOX_MAX_ATTEMPTS', DEFAULTS.OUTBOX_MAX_ATTEMPTS),
    maxRetryIntervalMs: r.positiveInt('OUTBOX_MAX_RETRY_INTERVAL_MS', DEFAULTS.OUTBOX_MAX_RETRY_INTERVAL_MS),
  });
}

function runtime(r: EnvReader): WorkerRuntimeConfig {
  return new WorkerRuntimeConfig(
    r.oneOf<TemporalLogLevel>('TEMPORAL_LOG_LEVEL', TEMPORAL_LOG_LEVELS, DEFAULTS.TEMPORAL_LOG_LEVEL),
    r.positiveInt('WORKER_SHUTDOWN_GRACE_MS', DEFAULTS.WORKER_SHUTDOWN_GRACE_MS),
    r.optionalPort('WORKER_HEALTH_PORT'),
    r.positiveInt('WORKER_MAX_CACHED_WORKFLOWS', DEFAULTS.WORKER_MAX_CACHED_WORKFLOWS),
  );
}

/** What the API process reads: PostgreSQL, Temporal, auth, where to listen, the policy file. */
export function loadApiConfig(env: Env = process.env): ApiConfig {
  const r = new EnvReader(env);
  return r.done({
    database: database(r),
    temporal: temporal(r),
    auth: auth(r),
    http: http(r),
    policy: policy(r),
    codec: codecEndpoint(r),
    rateLimit: rateLimit(r),
  });
}

/** What the worker process reads: PostgreSQL, Temporal, SMTP and its log level. */
export function loadWorkerConfig(env: Env = process.env): WorkerConfig {
  const r = new EnvReader(env);
  return r.done({ database: database(r), temporal: temporal(r), mail: mail(r), runtime: runtime(r) });
}

/** Temporal alone: for test support and scripts that build a client the way the API does. */
export function loadTemporalConfig(env: Env = process.env): TemporalConfig {
  const r = new EnvReader(env);
  return r.done(temporal(r));
}

/** What `npm run migration:run` reads: MIGRATION_DATABASE_URL, or DATABASE_URL when that is unset. */
export function loadMigrationConfig(env: Env = process.env): MigrationConfig {
  const r = new EnvReader(env);
  return r.done({ database: migrationDatabase(r) });
}
