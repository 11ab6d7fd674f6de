import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { ApiUnderTest } from '../support/http';
import { freePortNotListening, migratedDataSource, stackEnv } from '../support/stack';

/** A stand-in identity provider: a real HTTP server publishing a real RSA key as a JWKS. */
async function startJwksServer(publicKey: KeyObject): Promise<{ server: Server; url: string }> {
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'council-key-1', use: 'sig', alg: 'RS256' };
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json` };
}

describe('OIDC bearer tokens verified against the issuer JWKS', () => {
  const issuer = 'https://login.council.example/';
  const audience = 'kinship-workflows';
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let jwks: { server: Server; url: string };
  let api: ApiUnderTest;

  const sign = (claims: object, options: jwt.SignOptions = {}, key = privateKey) =>
    jwt.sign({ name: 'Morgan Manager', roles: ['manager'], ...claims }, key, {
      algorithm: 'RS256',
      keyid: 'council-key-1',
      issuer,
      audience,
      subject: 'mgr-oidc',
      expiresIn: '5m',
      ...options,
    });

  beforeAll(async () => {
    const { databaseUrl, temporalAddress } = stackEnv();
    await (await migratedDataSource()).destroy();
    jwks = await startJwksServer(publicKey);
    api = await ApiUnderTest.start({
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      AUTH_MODE: 'oidc',
      AUTH_JWKS_URL: jwks.url,
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: audience,
    });
  });

  afterAll(async () => {
    await api?.stop();
    await new Promise((resolve) => jwks?.server.close(resolve));
  });

  it('accepts a token signed by the issuer key, with its roles', async () => {
    const res = await api.http.get('/processes').set('Authorization', `Bearer ${sign({})}`);
    expect(res.status).toBe(200);
  });

  it.each([
    ['signed by another key', () => sign({}, {}, stranger.privateKey)],
    ['from another issuer', () => sign({}, { issuer: 'https://evil.example/' })],
    ['for another audience', () => sign({}, { audience: 'someone-else' })],
    ['expired beyond the 60 s clock tolerance', () => sign({}, { expiresIn: -120 })],
  ])('refuses with 401 a token %s', async (_case, token) => {
    const res = await api.http.get('/processes').set('Authorization', `Bearer ${token()}`);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('applies the roles claim: a social worker may not start a conversion', async () => {
    const res = await api.http
      .post('/processes/sgo-conversion')
      .set('Authorization', `Bearer ${sign({ roles: ['social_worker'] })}`)
      .send({ childId: '8a1f8c0e-0000-4000-8000-000000000000' });
    expect(res.status).toBe(403);
  });

  it('remembers an accepted token only while it is valid: one inside the clock tolerance is refused once past it', async () => {
    const nearlyOut = sign({}, { expiresIn: -58 }); // accepted for 2 s more (60 s tolerance)
    expect((await api.http.get('/processes').set('Authorization', `Bearer ${nearlyOut}`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 3_000));
    expect((await api.http.get('/processes').set('Authorization', `Bearer ${nearlyOut}`)).status).toBe(401);
  });

  it('refuses a token whose signature was changed, though the genuine one was just accepted and remembered', async () => {
    const token = sign({});
    expect((await api.http.get('/processes').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    expect((await api.http.get('/processes').set('Authorization', `Bearer ${forged}`)).status).toBe(401);
  });

  it('has no dev-token route outside dev mode', async () => {
    const res = await api.http.post('/auth/dev-token').send({ sub: 'x', name: 'x', roles: ['admin'] });
    expect(res.status).toBe(404);
  });
});

describe('dev-mode tokens', () => {
  const secret = 'a-dev-secret-for-this-test-only-0123456789';
  let api: ApiUnderTest;

  beforeAll(async () => {
    const { databaseUrl, temporalAddress } = stackEnv();
    api = await ApiUnderTest.start({
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      AUTH_MODE: 'dev',
      AUTH_DEV_SECRET: secret,
    });
  });

  afterAll(() => api?.stop());

  it('refuses a token that was accepted and remembered once it expires: memory never outlives exp', async () => {
    const token = jwt.sign({ sub: 'mgr-dev', name: 'Dev Manager', roles: ['manager'] }, secret, {
      algorithm: 'HS256',
      expiresIn: 2,
    });
    expect((await api.http.get('/processes').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    expect((await api.http.get('/processes').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 3_000));
    expect((await api.http.get('/processes').set('Authorization', `Bearer ${token}`)).status).toBe(401);
  });
});

describe('readiness', () => {
  it('answers 503 naming Temporal when Temporal does not answer, while /health stays 200', async () => {
    const { databaseUrl } = stackEnv();
    const api = await ApiUnderTest.start({
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: `127.0.0.1:${await freePortNotListening()}`,
    });
    try {
      await api.http.get('/health').expect(200);
      const res = await api.http.get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({
        statusCode: 503,
        message: 'Not ready: temporal did not answer',
        details: { down: ['temporal'] },
      });
    } finally {
      await api.stop();
    }
  });
});
