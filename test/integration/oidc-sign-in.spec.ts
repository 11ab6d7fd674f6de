import { spawn } from 'node:child_process';
import { createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { ConfigError, loadApiConfig } from '../../libs/config/src';
import { startOidcProvider, TEST_ACCOUNTS, type TestOidcProvider } from '../../scripts/lib/oidc-provider';
import { ApiUnderTest, childBody } from '../support/http';
import { signInWithProvider } from '../support/oidc-sign-in';
import { migratedDataSource, REPO_ROOT, stackEnv } from '../support/stack';

const AUDIENCE = 'https://kinship.council.example/api';
const OTHER_AUDIENCE = 'https://payroll.council.example/api';
const WEB_CLIENT = { clientId: 'kinship-web', redirectUri: 'http://127.0.0.1/signed-in' };

const account = (username: string) => TEST_ACCOUNTS.find((a) => a.username === username)!;
const now = () => Math.floor(Date.now() / 1000);

/** An HS256 token built by hand (jsonwebtoken will not sign HMAC with a public key, an attacker will). */
function hs256(claims: object, secret: string | Buffer): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

/**
 * The API in OIDC mode against a real OpenID Provider (`oidc-provider`, certified) on a loopback
 * port: tokens come from its authorization code + PKCE flow with its login form. The tokens the
 * provider would never issue (no exp, too old, another key, HS256) are signed here, with the
 * provider's own key where only one claim is to be wrong.
 */
describe('sign-in through the OpenID Provider (AUTH_MODE=oidc)', () => {
  let provider: TestOidcProvider;
  let api: ApiUnderTest;
  let providerKey: KeyObject;

  const oidcEnv = () => ({
    ...stackEnvVars(),
    AUTH_MODE: 'oidc',
    AUTH_ISSUER: provider.issuer,
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_JWKS_URL: provider.jwksUrl,
    AUTH_WEB_CLIENT_ID: WEB_CLIENT.clientId,
    AUTH_WEB_SCOPES: `openid profile email ${provider.apiScope}`,
    AUTH_WEB_RESOURCE: AUDIENCE,
    AUTH_ROLES_CLAIM: 'roles',
    AUTH_TEAM_CLAIM: 'team',
  });
  const tokenFor = async (username: string, resource = AUDIENCE) =>
    (await signInWithProvider(provider, account(username), { ...WEB_CLIENT, resource })).accessToken;
  /** A token as the provider issues them (its key and kid, issuer, audience), with the given claims changed. */
  const providerSigned = (claims: Record<string, unknown>, key: KeyObject = providerKey) => {
    const payload = withoutUndefined({
      iss: provider.issuer,
      aud: AUDIENCE,
      sub: 'sam',
      name: 'Sam',
      roles: ['social_worker'],
      team: 'north',
      iat: now(),
      exp: now() + 600,
      ...claims,
    });
    // jsonwebtoken keeps an iat it is given, and adds one unless told not to.
    return jwt.sign(payload, key, {
      algorithm: 'RS256',
      keyid: provider.signingJwk.kid,
      noTimestamp: !('iat' in payload),
    });
  };
  const status = async (token: string) =>
    (await api.http.post('/children').set('Authorization', `Bearer ${token}`).send(childBody())).status;

  beforeAll(async () => {
    await (await migratedDataSource()).destroy();
    provider = await startOidcProvider({
      audience: AUDIENCE,
      otherAudiences: [OTHER_AUDIENCE],
      webClient: { clientId: WEB_CLIENT.clientId, redirectUris: [WEB_CLIENT.redirectUri] },
    });
    providerKey = createPrivateKey({ key: provider.signingJwk, format: 'jwk' });
    api = await ApiUnderTest.start(oidcEnv());
  });

  afterAll(async () => {
    await api?.stop();
    await provider?.stop();
  });

  it('tells the web app, without a token, the mode, issuer, client id, scopes and resource to sign in with', async () => {
    const res = await api.http.get('/auth/config').expect(200);
    expect(res.body).toEqual({
      mode: 'oidc',
      issuer: provider.issuer,
      clientId: WEB_CLIENT.clientId,
      scopes: `openid profile email ${provider.apiScope}`,
      resource: AUDIENCE,
      rolesClaim: 'roles',
      teamClaim: 'team',
    });
  });

  it("accepts the provider's access token, taking roles and team from its claims", async () => {
    const sam = await tokenFor('sam');
    const created = await api.http.post('/children').set('Authorization', `Bearer ${sam}`).send(childBody());
    expect(created.status).toBe(201);
    // sam's team (north) owns the child: sam sees it, taylor of team south is told it does not exist.
    await api.http.get(`/children/${created.body.id}`).set('Authorization', `Bearer ${sam}`).expect(200);
    const taylor = await tokenFor('taylor');
    await api.http.get(`/children/${created.body.id}`).set('Authorization', `Bearer ${taylor}`).expect(404);
    // A finance officer's roles claim does not include the roles that may add a child.
    expect(await status(await tokenFor('fran'))).toBe(403);
  });

  it('refuses with 401 a token the provider issued for another audience', async () => {
    const other = await tokenFor('sam', OTHER_AUDIENCE);
    expect(jwt.decode(other)).toMatchObject({ aud: OTHER_AUDIENCE, iss: provider.issuer });
    const res = await api.http.get('/tasks').set('Authorization', `Bearer ${other}`);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it("accepts a token signed here with the provider's key when every claim is right (so the refusals below are the claim's)", async () => {
    expect(await status(providerSigned({}))).toBe(201);
    // 30 s past exp is inside the 60 s clock tolerance.
    expect(await status(providerSigned({ exp: now() - 30 }))).toBe(201);
  });

  it.each([
    ['without exp', { exp: undefined }],
    ['expired beyond the 60 s tolerance', { iat: now() - 600, exp: now() - 90 }],
    ['older than the maximum age (12 h) though not expired', { iat: now() - 13 * 3600, exp: now() + 600 }],
    ['without iat', { iat: undefined }],
    ['issued in the future', { iat: now() + 600, exp: now() + 1200 }],
    ['without iss', { iss: undefined }],
    ['from another issuer', { iss: 'https://login.elsewhere.example/' }],
    ['without aud', { aud: undefined }],
    ['for another audience', { aud: OTHER_AUDIENCE }],
  ])('refuses with 401 a token %s', async (_case, claims) => {
    expect(await status(providerSigned(claims))).toBe(401);
  });

  it('refuses with 401 a token signed by another key under the provider key id', async () => {
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect(await status(providerSigned({}, stranger))).toBe(401);
  });

  it("refuses with 401 HS256 tokens: keyed with the provider's public key, or with the old dev secret", async () => {
    const claims = { iss: provider.issuer, aud: AUDIENCE, sub: 'sam', roles: ['admin'], iat: now(), exp: now() + 600 };
    const publicPem = createPublicKey(providerKey).export({ format: 'pem', type: 'spki' });
    expect(await status(hs256(claims, publicPem))).toBe(401);
    // The constant dev secret earlier versions shipped in the repository: anyone could sign with it.
    expect(await status(hs256(claims, 'kinship-local-dev-secret-never-use-in-production'))).toBe(401);
  });

  it('has no dev-token route', async () => {
    await api.http
      .post('/auth/dev-token')
      .send({ sub: 'x', name: 'x', roles: ['admin'] })
      .expect(404);
  });

  it('reads roles and team from a dotted path (AUTH_ROLES_CLAIM=realm_access.roles, as Keycloak puts them)', async () => {
    const keycloakShaped = await ApiUnderTest.start({ ...oidcEnv(), AUTH_ROLES_CLAIM: 'realm_access.roles' });
    try {
      const sam = await tokenFor('sam');
      const res = await keycloakShaped.http.post('/children').set('Authorization', `Bearer ${sam}`).send(childBody());
      expect(res.status).toBe(201);
      const noRealmRoles = providerSigned({ realm_access: { roles: [] } });
      const refused = await keycloakShaped.http
        .post('/children')
        .set('Authorization', `Bearer ${noRealmRoles}`)
        .send(childBody());
      expect(refused.status).toBe(403);
    } finally {
      await keycloakShaped.stop();
    }
  });
});

describe('OIDC configuration', () => {
  it('names each of issuer, audience and JWKS URL when they are missing (ConfigError)', () => {
    const env = {
      DATABASE_URL: 'postgres://x@127.0.0.1/x',
      TEMPORAL_PAYLOAD_KEYS: process.env.TEMPORAL_PAYLOAD_KEYS,
      AUTH_MODE: 'oidc',
    };
    let error: unknown;
    try {
      loadApiConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(/^AUTH_JWKS_URL is not set/),
      expect.stringMatching(/^AUTH_ISSUER is not set/),
      expect.stringMatching(/^AUTH_AUDIENCE is not set/),
    ]);
  });

  it('stops the API process with exit code 1 and one line per missing setting', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...stackEnvVars(), AUTH_MODE: 'oidc', AUTH_AUDIENCE: AUDIENCE };
    delete env.AUTH_ISSUER;
    delete env.AUTH_JWKS_URL;
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/apps/api/src/main.js')], { env, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    // Should it start after all, it is stopped, and the test fails on the exit code.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(output).toMatch(/Invalid configuration \(2 problems\)/);
    expect(output).toMatch(/- AUTH_JWKS_URL is not set/);
    expect(output).toMatch(/- AUTH_ISSUER is not set/);
  });
});

/** A claim set to undefined is left out of the token. */
const withoutUndefined = (claims: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));

function stackEnvVars(): Record<string, string> {
  const { databaseUrl, temporalAddress } = stackEnv();
  return { DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress };
}
