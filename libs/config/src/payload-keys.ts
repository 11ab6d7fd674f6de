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

/** A fresh `<id>:<base64>` entry, for scripts and tests. */
export function generatePayloadKeyEntry(id: string): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}
