import { defaultPayloadConverter, METADATA_ENCODING_KEY, type Payload } from '@temporalio/common';
import {
  AesGcmPayloadCodec,
  ENCRYPTED_ENCODING,
  KEY_ID_METADATA_KEY,
  PayloadDecryptionError,
  generatePayloadKeyEntry,
  parsePayloadKeys,
  temporalConnectionOptions,
} from '../../libs/temporal/src';
import { ConfigError, loadTemporalConfig } from '../../libs/config/src';

/** The connection options the API and the worker would build from this environment. */
const temporalConnectionSettings = (env: Record<string, string>) =>
  temporalConnectionOptions(loadTemporalConfig({ TEMPORAL_PAYLOAD_KEYS: k1, ...env }));
const payloadKeysFromEnv = (env: Record<string, string>) => loadTemporalConfig(env).payloadKeys;

const k1 = generatePayloadKeyEntry('k1');
const k2 = generatePayloadKeyEntry('k2');
const text = (bytes?: Uint8Array | null) => Buffer.from(bytes ?? []).toString('latin1');
const json = (value: unknown) => defaultPayloadConverter.toPayload(value);
const secret = { firstName: 'Zephyrine', dateOfBirth: '2014-02-29', notes: 'Carer in hospital' };

describe('AES-GCM payload codec', () => {
  const codec = new AesGcmPayloadCodec(parsePayloadKeys(k1));

  it('round-trips a payload, metadata included', async () => {
    const [encrypted] = await codec.encode([json(secret)]);
    const [decoded] = await codec.decode([encrypted]);
    expect(defaultPayloadConverter.fromPayload(decoded)).toEqual(secret);
    expect(text(decoded.metadata?.[METADATA_ENCODING_KEY])).toBe('json/plain');
  });

  it('leaves nothing readable: encrypted encoding, the key id, no plaintext', async () => {
    const [encrypted] = await codec.encode([json(secret)]);
    expect(text(encrypted.metadata?.[METADATA_ENCODING_KEY])).toBe(ENCRYPTED_ENCODING);
    expect(text(encrypted.metadata?.[KEY_ID_METADATA_KEY])).toBe('k1');
    expect(Object.keys(encrypted.metadata ?? {}).sort()).toEqual([KEY_ID_METADATA_KEY, METADATA_ENCODING_KEY].sort());
    for (const word of ['Zephyrine', '2014-02-29', 'hospital', 'json/plain']) {
      expect(text(encrypted.data)).not.toContain(word);
    }
  });

  it('uses a fresh IV per payload: the same value never encrypts the same way twice', async () => {
    const [a, b] = await codec.encode([json(secret), json(secret)]);
    expect(Buffer.from(a.data!).equals(Buffer.from(b.data!))).toBe(false);
    expect(Buffer.from(a.data!).subarray(0, 12).equals(Buffer.from(b.data!).subarray(0, 12))).toBe(false);
  });

  it('refuses tampered ciphertext, a moved tag and a relabelled key id', async () => {
    const [encrypted] = await codec.encode([json(secret)]);
    const data = Buffer.from(encrypted.data!);
    for (const position of [0, 12, data.length - 1]) {
      const tampered = Buffer.from(data);
      tampered[position] ^= 0x01;
      await expect(codec.decode([{ ...encrypted, data: tampered }])).rejects.toThrow(/failed authentication/);
    }
    await expect(codec.decode([{ ...encrypted, data: data.subarray(0, 20) }])).rejects.toThrow(PayloadDecryptionError);
    // The same key bytes under another id: the id is authenticated, so this is refused too.
    const twin = new AesGcmPayloadCodec(parsePayloadKeys(`other:${k1.split(':')[1]}`));
    const relabelled: Payload = {
      ...encrypted,
      metadata: { ...encrypted.metadata, [KEY_ID_METADATA_KEY]: Buffer.from('other') },
    };
    await expect(twin.decode([relabelled])).rejects.toThrow(/failed authentication/);
  });

  it('names an unknown key id, and never the key', async () => {
    const [underK2] = await new AesGcmPayloadCodec(parsePayloadKeys(k2)).encode([json(secret)]);
    const attempt = codec.decode([underK2]);
    await expect(attempt).rejects.toThrow(PayloadDecryptionError);
    await expect(attempt).rejects.toThrow(/unknown key id "k2"/);
    await attempt.catch((err) => expect(err.message).not.toContain(k1.split(':')[1]));
  });

  it('passes payloads without the encrypted encoding through unchanged (histories from before encryption)', async () => {
    const plain = [json(secret), json(null), { metadata: {}, data: new Uint8Array([1, 2]) }, {}];
    const decoded = await codec.decode(plain);
    decoded.forEach((payload, i) => expect(payload).toBe(plain[i]));
  });

  it('rotates: a new current key encrypts, the old one still decrypts, and a codec without it refuses', async () => {
    const [oldPayload] = await codec.encode([json(secret)]);
    const rotated = new AesGcmPayloadCodec(parsePayloadKeys(`${k2},${k1}`));
    const [newPayload] = await rotated.encode([json(secret)]);
    expect(text(newPayload.metadata?.[KEY_ID_METADATA_KEY])).toBe('k2');
    const decoded = await rotated.decode([oldPayload, newPayload]);
    expect(decoded.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([secret, secret]);
    await expect(codec.decode([newPayload])).rejects.toThrow(/unknown key id "k2"/);
  });
});

describe('payload keys from configuration', () => {
  it('takes the first key as current and keeps the rest for decryption', () => {
    const ring = parsePayloadKeys(` ${k2} , ${k1} `);
    expect(ring.current.id).toBe('k2');
    expect([...ring.all.keys()]).toEqual(['k2', 'k1']);
  });

  it.each([
    ['', /no key/],
    ['nokey', /<id>:<base64 key>/],
    [':abc', /<id>:<base64 key>/],
    ['k1:' + Buffer.alloc(16).toString('base64'), /32 bytes.*got 16/],
    [`${k1},${k1}`, /twice/],
  ])('refuses %j', (spec, message) => {
    expect(() => parsePayloadKeys(spec)).toThrow(message);
  });

  it('refuses to run without a key, naming production when NODE_ENV=production', () => {
    expect(() => payloadKeysFromEnv({ NODE_ENV: 'production' })).toThrow(/refusing to start in production/);
    expect(() => payloadKeysFromEnv({})).toThrow(/TEMPORAL_PAYLOAD_KEYS is not set/);
    expect(payloadKeysFromEnv({ NODE_ENV: 'production', TEMPORAL_PAYLOAD_KEYS: k1 }).current.id).toBe('k1');
  });
});

describe('Temporal connection settings', () => {
  it('is plain by default', () => {
    expect(temporalConnectionSettings({})).toEqual({ address: '127.0.0.1:7233' });
  });

  it('takes mTLS from inline PEM or files, a server name and an API key', () => {
    const pem = '-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----';
    const settings = temporalConnectionSettings({
      TEMPORAL_ADDRESS: 'temporal.council.example:7233',
      TEMPORAL_TLS_CA: pem,
      TEMPORAL_TLS_CERT: pem,
      TEMPORAL_TLS_KEY: __filename,
      TEMPORAL_TLS_SERVER_NAME: 'temporal',
      TEMPORAL_API_KEY: 'key-123',
    });
    expect(settings.address).toBe('temporal.council.example:7233');
    expect(settings.apiKey).toBe('key-123');
    expect(settings.tls?.serverNameOverride).toBe('temporal');
    expect(settings.tls?.serverRootCACertificate?.toString()).toContain('\nMIIB\n');
    expect(settings.tls?.clientCertPair?.key.toString()).toContain('Temporal connection settings');
  });

  it('turns TLS on for an API key alone, and refuses half an mTLS pair', () => {
    expect(temporalConnectionSettings({ TEMPORAL_API_KEY: 'k' }).tls).toEqual({});
    expect(temporalConnectionSettings({ TEMPORAL_TLS: 'true' }).tls).toEqual({});
    expect(() => temporalConnectionSettings({ TEMPORAL_TLS_CERT: __filename })).toThrow(/set together/);
    expect(() => temporalConnectionSettings({ TEMPORAL_TLS_CA: '/nonexistent/ca.pem' })).toThrow(/cannot read/);
    expect(() => temporalConnectionSettings({ TEMPORAL_TLS_CA: '/nonexistent/ca.pem' })).toThrow(ConfigError);
  });
});
