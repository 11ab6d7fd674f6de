import { randomBytes } from 'node:crypto';

/** One AES-256 key and the id written into every payload it encrypts. */
export interface PayloadKey {
  id: string;
  key: Buffer;
}

/**
 * The keys the codec holds: `current` encrypts everything new; every key in `all` (current
 * included) decrypts. Rotation: put a new key first and keep the old ones after it until no open
 * case (and no retained history) still holds payloads written under them.
 */
export interface PayloadKeyring {
  current: PayloadKey;
  all: ReadonlyMap<string, PayloadKey>;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Parses `TEMPORAL_PAYLOAD_KEYS`: comma-separated `<id>:<base64 of 32 bytes>`, the first one
 * current, e.g. `k2:…,k1:…`. Throws, naming the entry, on anything malformed; never echoes a key.
 */
export function parsePayloadKeys(spec: string): PayloadKeyring {
  const entries = spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (!entries.length) throw new Error('TEMPORAL_PAYLOAD_KEYS holds no key');
  const all = new Map<string, PayloadKey>();
  entries.forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    if (!KEY_ID.test(id)) {
      throw new Error(
        `TEMPORAL_PAYLOAD_KEYS entry ${index + 1} needs the form <id>:<base64 key> (id: letters, digits, . _ -)`,
      );
    }
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (key.length !== 32) {
      throw new Error(`TEMPORAL_PAYLOAD_KEYS key "${id}" must be 32 bytes in base64 (got ${key.length} bytes)`);
    }
    if (all.has(id)) throw new Error(`TEMPORAL_PAYLOAD_KEYS names key "${id}" twice`);
    all.set(id, { id, key });
  });
  return { current: all.values().next().value!, all };
}

/**
 * The one place the payload keys are read from the environment (API, worker, test support).
 * A missing key is refused everywhere, with a production-specific message: without one,
 * children's data would reach Temporal in clear. `npm start` and `npm test` always set one.
 */
export function payloadKeysFromEnv(env: NodeJS.ProcessEnv = process.env): PayloadKeyring {
  const spec = env.TEMPORAL_PAYLOAD_KEYS?.trim();
  if (!spec) {
    throw new Error(
      env.NODE_ENV === 'production'
        ? 'TEMPORAL_PAYLOAD_KEYS is not set: refusing to start in production without a payload encryption key'
        : 'TEMPORAL_PAYLOAD_KEYS is not set: `npm start` and `npm test` set one; otherwise set it to <id>:<base64 of 32 random bytes> (see README, "Data protection")',
    );
  }
  return parsePayloadKeys(spec);
}

/** A fresh `<id>:<base64>` entry, for scripts and tests. */
export function generatePayloadKeyEntry(id: string): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}
