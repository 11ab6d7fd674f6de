import { ConfigError, DEFAULTS, loadApiConfig, loadMigrationConfig, loadWorkerConfig } from '../../libs/config/src';

/** The two variables the local stack sets for dev sign-in (a random secret of 32+ characters). */
const DEV_AUTH = { AUTH_MODE: 'dev', AUTH_DEV_SECRET: 'a-random-secret-of-at-least-32-characters' };

const DATABASE_URL = 'postgres://kinship:kinship@127.0.0.1:5433/kinship';
const TEMPORAL_PAYLOAD_KEYS = `k1:${Buffer.alloc(32, 7).toString('base64')}`;

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('fills the local-stack defaults when only DATABASE_URL is set', () => {
    const api = loadApiConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, ...DEV_AUTH });
    expect(api.database.url).toBe(DATABASE_URL);
    expect(api.temporal).toMatchObject({ address: '127.0.0.1:7233', namespace: 'default', taskQueue: 'kinship' });
    expect(api.temporal.payloadKeys.current.id).toBe('k1');
    expect(api.temporal.tls).toBeUndefined();
    expect(api.auth.mode).toBe('dev');
    expect(api.auth.devSecret).toBe(DEV_AUTH.AUTH_DEV_SECRET);
    expect(api.http).toEqual({ port: 3000, host: '0.0.0.0' });
    expect(api.policy.file).toBeUndefined();

    const worker = loadWorkerConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS });
    expect(worker.temporal).toEqual(api.temporal);
    expect({ ...worker.mail }).toEqual({
      smtpUrl: 'smtp://127.0.0.1:1025',
      from: 'Kinship workflows <kinship@council.example>',
      webBaseUrl: 'http://localhost:3000',
      outbox: { pollMs: 1_000, maxAttempts: 300, maxRetryIntervalMs: 300_000 },
    });
    expect(worker.runtime.temporalLogLevel).toBe('WARN');
  });

  it('gives the API client and the worker the same Temporal settings from the same variables', () => {
    const env = {
      DATABASE_URL,
      TEMPORAL_PAYLOAD_KEYS,
      ...DEV_AUTH,
      TEMPORAL_ADDRESS: 'temporal:7233',
      TEMPORAL_NAMESPACE: 'kinship',
      TEMPORAL_TASK_QUEUE: 'q1',
    };
    expect(loadWorkerConfig(env).temporal).toEqual(loadApiConfig(env).temporal);
    expect(loadApiConfig(env).temporal).toMatchObject({
      address: 'temporal:7233',
      namespace: 'kinship',
      taskQueue: 'q1',
    });
  });

  it('bounds calls to Temporal, waits for PostgreSQL and the worker drain by default, and reads each override', () => {
    const defaults = loadWorkerConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS });
    expect(defaults.temporal.callTimeoutMs).toBe(10_000);
    expect(defaults.database.connectTimeoutMs).toBe(5_000);
    expect(defaults.runtime.shutdownGraceMs).toBe(30_000);
    const set = loadWorkerConfig({
      DATABASE_URL,
      TEMPORAL_PAYLOAD_KEYS,
      TEMPORAL_CALL_TIMEOUT_MS: '2500',
      DATABASE_CONNECT_TIMEOUT_MS: '1500',
      WORKER_SHUTDOWN_GRACE_MS: '60000',
    });
    expect([set.temporal.callTimeoutMs, set.database.connectTimeoutMs, set.runtime.shutdownGraceMs]).toEqual([
      2500, 1500, 60_000,
    ]);
    expect(
      problemsOf(() =>
        loadApiConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, ...DEV_AUTH, TEMPORAL_CALL_TIMEOUT_MS: '0' }),
      ),
    ).toEqual(['TEMPORAL_CALL_TIMEOUT_MS=0 is not a whole number of at least 1']);
  });

  it("bounds the worker's workflow cache (500 by default) and reads WORKER_MAX_CACHED_WORKFLOWS", () => {
    expect(loadWorkerConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS }).runtime.maxCachedWorkflows).toBe(500);
    const set = loadWorkerConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, WORKER_MAX_CACHED_WORKFLOWS: '50' });
    expect(set.runtime.maxCachedWorkflows).toBe(50);
    expect(
      problemsOf(() => loadWorkerConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, WORKER_MAX_CACHED_WORKFLOWS: '0' })),
    ).toEqual(['WORKER_MAX_CACHED_WORKFLOWS=0 is not a whole number of at least 1']);
  });

  it('names a malformed value with what it should be', () => {
    expect(
      problemsOf(() => loadApiConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, ...DEV_AUTH, PORT: 'eighty' })),
    ).toEqual(['PORT=eighty is not a port number (1 to 65535)']);
    expect(
      problemsOf(() => loadWorkerConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, TEMPORAL_LOG_LEVEL: 'LOUD' })),
    ).toEqual(['TEMPORAL_LOG_LEVEL=LOUD is not one of TRACE, DEBUG, INFO, WARN, ERROR']);
    expect(
      problemsOf(() =>
        loadWorkerConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, TEMPORAL_ADDRESS: 'http://temporal:7233' }),
      ),
    ).toEqual(['TEMPORAL_ADDRESS=http://temporal:7233 is not host:port (such as 127.0.0.1:7233)']);
  });

  it('names every missing or malformed variable at once', () => {
    const problems = problemsOf(() =>
      loadApiConfig({
        TEMPORAL_PAYLOAD_KEYS,
        AUTH_MODE: 'oidc',
        AUTH_ISSUER: 'https://login.council.example/',
        PORT: '70000',
      }),
    );
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/^DATABASE_URL is not set/m);
    expect(problems.join('\n')).toMatch(/^AUTH_JWKS_URL is not set/m);
    expect(problems.join('\n')).toMatch(/^AUTH_AUDIENCE is not set/m);
    expect(problems.join('\n')).toMatch(/^PORT=70000 is not a port number/m);
    expect(() => loadApiConfig({ TEMPORAL_PAYLOAD_KEYS, ...DEV_AUTH })).toThrow(
      /Invalid configuration \(1 problem\):\n {2}- DATABASE_URL is not set/,
    );
  });

  it('refuses an unknown auth mode instead of treating it as oidc, and is oidc unless AUTH_MODE=dev is set', () => {
    // An unknown mode is read as the safe one, oidc, whose missing settings are named too.
    expect(problemsOf(() => loadApiConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, AUTH_MODE: 'none' }))[0]).toBe(
      'AUTH_MODE=none is not one of dev, oidc',
    );
    for (const NODE_ENV of ['production', undefined]) {
      expect(problemsOf(() => loadApiConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, NODE_ENV }))).toEqual([
        expect.stringMatching(/^AUTH_JWKS_URL is not set/),
        expect.stringMatching(/^AUTH_ISSUER is not set/),
        expect.stringMatching(/^AUTH_AUDIENCE is not set/),
      ]);
    }
    const oidc = loadApiConfig({
      DATABASE_URL,
      TEMPORAL_PAYLOAD_KEYS,
      AUTH_MODE: 'oidc',
      AUTH_JWKS_URL: 'https://login.council.example/jwks',
      AUTH_ISSUER: 'https://login.council.example/',
      AUTH_AUDIENCE: 'kinship-workflows',
    });
    expect(oidc.auth.oidc).toEqual({
      jwksUrl: 'https://login.council.example/jwks',
      issuer: 'https://login.council.example/',
      audience: 'kinship-workflows',
      algorithms: ['RS256', 'ES256', 'PS256'],
      maxTokenAgeSeconds: 12 * 3600,
      rolesClaim: 'roles',
      teamClaim: 'team',
      webClientId: undefined,
      webScopes: 'openid profile email',
      webResource: undefined,
    });
  });

  describe('OIDC settings', () => {
    const base = {
      DATABASE_URL,
      TEMPORAL_PAYLOAD_KEYS,
      AUTH_MODE: 'oidc',
      AUTH_JWKS_URL: 'https://login.council.example/jwks',
      AUTH_ISSUER: 'https://login.council.example/',
      AUTH_AUDIENCE: 'kinship-workflows',
    };

    it('names each of the issuer, audience and JWKS URL that is missing, and only those', () => {
      expect(problemsOf(() => loadApiConfig({ ...base, AUTH_ISSUER: '' }))).toEqual([
        expect.stringMatching(/^AUTH_ISSUER is not set \(.*`iss`/),
      ]);
      expect(problemsOf(() => loadApiConfig({ ...base, AUTH_AUDIENCE: undefined, AUTH_JWKS_URL: '' }))).toEqual([
        expect.stringMatching(/^AUTH_JWKS_URL is not set/),
        expect.stringMatching(/^AUTH_AUDIENCE is not set \(.*`aud`/),
      ]);
    });

    it('reads algorithms, maximum age, claim paths and the web client', () => {
      const { oidc } = loadApiConfig({
        ...base,
        AUTH_ALGORITHMS: 'ES256, RS512',
        AUTH_MAX_TOKEN_AGE: '90m',
        AUTH_ROLES_CLAIM: 'realm_access.roles',
        AUTH_TEAM_CLAIM: 'https://council.example/team',
        AUTH_WEB_CLIENT_ID: 'kinship-web',
        AUTH_WEB_SCOPES: 'openid profile api://kinship/access',
        AUTH_WEB_RESOURCE: 'https://kinship.council.example/api',
      }).auth;
      expect(oidc).toMatchObject({
        algorithms: ['ES256', 'RS512'],
        maxTokenAgeSeconds: 5400,
        rolesClaim: 'realm_access.roles',
        teamClaim: 'https://council.example/team',
        webClientId: 'kinship-web',
        webScopes: 'openid profile api://kinship/access',
        webResource: 'https://kinship.council.example/api',
      });
      expect(loadApiConfig({ ...base, AUTH_MAX_TOKEN_AGE: '3600' }).auth.oidc?.maxTokenAgeSeconds).toBe(3600);
    });

    it('refuses symmetric or unknown algorithms, a malformed maximum age and a malformed claim path', () => {
      expect(
        problemsOf(() =>
          loadApiConfig({
            ...base,
            AUTH_ALGORITHMS: 'RS256,HS256',
            AUTH_MAX_TOKEN_AGE: 'a day',
            AUTH_ROLES_CLAIM: 'realm_access..roles',
            AUTH_TEAM_CLAIM: 'my team',
          }),
        ),
      ).toEqual([
        expect.stringMatching(/^AUTH_ALGORITHMS=RS256,HS256 names HS256: allowed are RS256, .* \(never HS\*/),
        'AUTH_MAX_TOKEN_AGE=a day is not a duration such as 12h, 90m or 3600s',
        'AUTH_ROLES_CLAIM=realm_access..roles is not a claim name or a dotted path such as realm_access.roles',
        'AUTH_TEAM_CLAIM=my team is not a claim name or a dotted path such as realm_access.roles',
      ]);
      expect(problemsOf(() => loadApiConfig({ ...base, AUTH_MAX_TOKEN_AGE: '0h' }))).toHaveLength(1);
    });
  });

  it('runs migrations as MIGRATION_DATABASE_URL (the owner) and falls back to DATABASE_URL when it is unset', () => {
    const owner = 'postgres://kinship_owner:x@127.0.0.1:5433/kinship';
    expect(loadMigrationConfig({ DATABASE_URL, MIGRATION_DATABASE_URL: owner }).database.url).toBe(owner);
    expect(loadMigrationConfig({ DATABASE_URL, MIGRATION_DATABASE_URL: '' }).database.url).toBe(DATABASE_URL);
    expect(
      loadApiConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, ...DEV_AUTH, MIGRATION_DATABASE_URL: owner }).database.url,
    ).toBe(DATABASE_URL);
    expect(problemsOf(() => loadMigrationConfig({ MIGRATION_DATABASE_URL: 'mysql://x@y/z' }))).toEqual([
      'MIGRATION_DATABASE_URL is not a postgres:// or postgresql:// URL',
    ]);
  });

  it('treats an empty value as unset and checks URLs and the policy file', () => {
    expect(loadWorkerConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, SMTP_URL: '' }).mail.smtpUrl).toBe(
      DEFAULTS.SMTP_URL,
    );
    expect(problemsOf(() => loadMigrationConfig({ DATABASE_URL: 'mysql://x@y/z' }))).toEqual([
      'DATABASE_URL is not a postgres:// or postgresql:// URL',
    ]);
    expect(
      problemsOf(() => loadWorkerConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, SMTP_URL: '127.0.0.1:1025' })),
    ).toEqual(['SMTP_URL is not a smtp:// or smtps:// URL']);
    expect(
      problemsOf(() =>
        loadApiConfig({
          DATABASE_URL,
          TEMPORAL_PAYLOAD_KEYS,
          ...DEV_AUTH,
          KINSHIP_POLICY_FILE: '/nowhere/policy.json',
        }),
      ),
    ).toEqual(['KINSHIP_POLICY_FILE=/nowhere/policy.json: no such file']);
  });

  it('has no built-in dev secret: dev mode needs one of 32+ characters and is refused in production', () => {
    expect(DEFAULTS).not.toHaveProperty('AUTH_DEV_SECRET');
    expect(problemsOf(() => loadApiConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, AUTH_MODE: 'dev' }))).toEqual([
      expect.stringMatching(/^AUTH_DEV_SECRET is not set/),
    ]);
    expect(
      problemsOf(() =>
        loadApiConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, AUTH_MODE: 'dev', AUTH_DEV_SECRET: 'short-secret' }),
      ),
    ).toEqual(['AUTH_DEV_SECRET is shorter than 32 characters']);
    expect(
      problemsOf(() => loadApiConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS, ...DEV_AUTH, NODE_ENV: 'production' })),
    ).toEqual(['AUTH_MODE=dev is refused with NODE_ENV=production: anyone can mint a dev token']);
  });

  it('refuses to start without a payload encryption key, naming production when NODE_ENV=production', () => {
    expect(problemsOf(() => loadWorkerConfig({ DATABASE_URL }))).toEqual([
      expect.stringMatching(/^TEMPORAL_PAYLOAD_KEYS is not set/),
    ]);
    expect(problemsOf(() => loadApiConfig({ DATABASE_URL, NODE_ENV: 'production', ...DEV_AUTH }))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/refusing to start in production without a payload encryption key/),
      ]),
    );
    expect(problemsOf(() => loadWorkerConfig({ DATABASE_URL, TEMPORAL_PAYLOAD_KEYS: 'k1:c2hvcnQ=' }))).toEqual([
      expect.stringMatching(/key "k1" must be 32 bytes/),
    ]);
  });
});
