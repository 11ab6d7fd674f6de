import type { DataConverter, PayloadCodec } from '@temporalio/common';
import { AesGcmPayloadCodec } from './aes-gcm-payload-codec';
import { payloadKeysFromEnv } from './payload-keys';

/** The module the worker bundles into workflow code and every client loads (see failure-converter.ts). */
export const FAILURE_CONVERTER_PATH = require.resolve('./failure-converter');

/**
 * The data converter every Temporal client and worker of this service uses: payloads encrypted by
 * the AES-GCM codec (keys from TEMPORAL_PAYLOAD_KEYS unless given), failure messages and stack
 * traces encoded so the codec covers them too.
 */
export function kinshipDataConverter(
  codec: PayloadCodec = new AesGcmPayloadCodec(payloadKeysFromEnv()),
): DataConverter {
  return { payloadCodecs: [codec], failureConverterPath: FAILURE_CONVERTER_PATH };
}
