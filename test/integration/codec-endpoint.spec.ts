import type { DataSource } from 'typeorm';
import { ApiUnderTest } from '../support/http';
import { migratedDataSource, stackEnv } from '../support/stack';

const UI_ORIGIN = 'http://temporal-ui.test';
const json = { metadata: { encoding: Buffer.from('json/plain').toString('base64') }, data: '' };
const plain = (value: unknown) => ({ ...json, data: Buffer.from(JSON.stringify(value)).toString('base64') });

/** The codec endpoint the Temporal UI and `temporal --codec-endpoint` call: who may, from where, and the protocol. */
describe('codec endpoint', () => {
  let db: DataSource;
  let api: ApiUnderTest;
  let auditor: string;

  beforeAll(async () => {
    const { databaseUrl, temporalAddress } = stackEnv();
    db = await migratedDataSource();
    api = await ApiUnderTest.start({
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_UI_ORIGINS: `${UI_ORIGIN}/`,
    });
    auditor = await api.token('aud-codec', ['auditor']);
  });

  afterAll(async () => {
    await api?.stop();
    await db?.destroy();
  });

  it('answers 401 without a token and 403 to roles that may not read everything', async () => {
    await api.http.post('/codec/decode').send({ payloads: [] }).expect(401);
    for (const role of ['social_worker', 'manager', 'panel_chair'] as const) {
      const token = await api.token(`codec-${role}`, [role]);
      await api.http.post('/codec/decode').set('Authorization', `Bearer ${token}`).send({ payloads: [] }).expect(403);
      await api.http.post('/codec/encode').set('Authorization', `Bearer ${token}`).send({ payloads: [] }).expect(403);
    }
  });

  it('encodes to ciphertext under the current key and decodes back, for an auditor and an admin', async () => {
    const admin = await api.token('admin-codec', ['admin']);
    const value = { firstName: 'Philippa', dateOfBirth: '2012-03-04' };
    const encoded = await api.http
      .post('/codec/encode')
      .set('Authorization', `Bearer ${admin}`)
      .set('X-Namespace', 'default')
      .send({ payloads: [plain(value)] })
      .expect(200);
    const [payload] = encoded.body.payloads;
    expect(Buffer.from(payload.metadata.encoding, 'base64').toString()).toBe('binary/encrypted');
    expect(Buffer.from(payload.metadata['encryption-key-id'], 'base64').toString()).toBe(
      process.env.TEMPORAL_PAYLOAD_KEYS!.split(':')[0],
    );
    expect(Buffer.from(payload.data, 'base64').toString('latin1')).not.toContain('Philippa');

    const decoded = await api.http
      .post('/codec/decode')
      .set('Authorization', `Bearer ${auditor}`)
      .set('X-Namespace', 'default')
      .send({ payloads: [payload, plain('untouched')] })
      .expect(200);
    expect(
      decoded.body.payloads.map((p: { data: string }) => JSON.parse(Buffer.from(p.data, 'base64').toString())),
    ).toEqual([value, 'untouched']);
    expect(Buffer.from(decoded.body.payloads[0].metadata.encoding, 'base64').toString()).toBe('json/plain');
  });

  it('refuses malformed bodies with 400 and tampered ciphertext with 422', async () => {
    const post = (body: unknown) =>
      api.http
        .post('/codec/decode')
        .set('Authorization', `Bearer ${auditor}`)
        .send(body as object);
    for (const body of [
      {},
      { payloads: 'x' },
      { payloads: [1] },
      { payloads: [{ data: '***' }] },
      { payloads: [{ metadata: [] }] },
    ]) {
      expect((await post(body)).status).toBe(400);
    }
    const [payload] = (
      await api.http
        .post('/codec/encode')
        .set('Authorization', `Bearer ${auditor}`)
        .send({ payloads: [plain(1)] })
    ).body.payloads;
    const bytes = Buffer.from(payload.data, 'base64');
    bytes[bytes.length - 1] ^= 1;
    const tampered = await post({ payloads: [{ ...payload, data: bytes.toString('base64') }] });
    expect(tampered.status).toBe(422);
    expect(tampered.body.message).toMatch(/failed authentication/);
  });

  it('lets the configured Temporal UI origin call it from a browser, and no other', async () => {
    const preflight = await api.http
      .options('/codec/decode')
      .set('Origin', UI_ORIGIN)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type,x-namespace')
      .expect(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(UI_ORIGIN);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/authorization/);
    expect(preflight.headers['access-control-allow-credentials']).toBe('true');
    const call = await api.http
      .post('/codec/decode')
      .set('Origin', UI_ORIGIN)
      .set('Authorization', `Bearer ${auditor}`)
      .send({ payloads: [] })
      .expect(200);
    expect(call.headers['access-control-allow-origin']).toBe(UI_ORIGIN);

    const elsewhere = await api.http
      .options('/codec/decode')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers['access-control-allow-origin']).toBeUndefined();
    // Other routes get no CORS headers at all.
    const other = await api.http.get('/health').set('Origin', UI_ORIGIN).expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
