import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { PayloadKeyring } from '../../../config/src/payload-keys';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA_KEY = 'encryption-key-id';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const ProtoPayload = temporal.api.common.v1.Payload;

/** A payload the codec refuses to decode: names the key id, never the key or the content. */
export class PayloadDecryptionError extends Error {
  constructor(
    message: string,
    readonly keyId?: string,
  ) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

/**
 * AES-256-GCM over the whole serialized payload (metadata included, so even the inner encoding is
 * hidden). Each payload gets a random 12-byte IV; the stored data is IV ‖ ciphertext ‖ tag, and the
 * key id is both in the metadata and authenticated as additional data. Decode passes payloads
 * without the encrypted encoding through unchanged, so histories written before encryption still
 * read and replay.
 */
export class AesGcmPayloadCodec implements PayloadCodec {
  constructor(private readonly keys: PayloadKeyring) {}

  // eslint-disable-next-line @typescript-eslint/require-await -- async so a refusal rejects rather than throws
  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.encryptOne(payload));
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- async so a refusal rejects rather than throws
  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.decryptOne(payload));
  }

  private encryptOne(payload: Payload): Payload {
    const { id, key } = this.keys.current;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(additionalData(id));
    const plain = ProtoPayload.encode(payload).finish();
    const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return {
      metadata: {
        [METADATA_ENCODING_KEY]: Buffer.from(ENCRYPTED_ENCODING),
        [KEY_ID_METADATA_KEY]: Buffer.from(id),
      },
      data,
    };
  }

  private decryptOne(payload: Payload): Payload {
    const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
    if (!encoding || Buffer.from(encoding).toString() !== ENCRYPTED_ENCODING) return payload;
    const rawId = payload.metadata?.[KEY_ID_METADATA_KEY];
    if (!rawId) throw new PayloadDecryptionError('Encrypted payload has no encryption key id');
    const keyId = Buffer.from(rawId).toString();
    const entry = this.keys.all.get(keyId);
    if (!entry) {
      throw new PayloadDecryptionError(
        `Payload encrypted with unknown key id "${keyId}": add that key to TEMPORAL_PAYLOAD_KEYS as an old key`,
        keyId,
      );
    }
    const data = Buffer.from(payload.data ?? new Uint8Array());
    if (data.length < IV_BYTES + TAG_BYTES) {
      throw new PayloadDecryptionError(`Encrypted payload under key "${keyId}" is too short`, keyId);
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', entry.key, data.subarray(0, IV_BYTES));
      decipher.setAAD(additionalData(keyId));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = Buffer.concat([
        decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)),
        decipher.final(),
      ]);
      return ProtoPayload.decode(plain);
    } catch {
      throw new PayloadDecryptionError(
        `Encrypted payload under key "${keyId}" failed authentication (tampered, or a different key with that id)`,
        keyId,
      );
    }
  }
}

function additionalData(keyId: string): Buffer {
  return Buffer.from(`${ENCRYPTED_ENCODING};${KEY_ID_METADATA_KEY}=${keyId}`);
}
