import type { DataConverter, PayloadCodec } from '@temporalio/common';
import type { PayloadKeyring } from '../../../config/src/payload-keys';
import { AesGcmPayloadCodec } from './aes-gcm-payload-codec';

/** The module the worker bundles into workflow code and every client loads (see failure-converter.ts). */
export const FAILURE_CONVERTER_PATH = require.resolve('./failure-converter');

/**
 * The data converter every Temporal client and worker of this service uses: payloads encrypted by
 * the AES-GCM codec (keys from TemporalConfig.payloadKeys), failure messages and stack traces
 * encoded so the codec covers them too.
 */
export function kinshipDataConverter(codecOrKeys: PayloadCodec | PayloadKeyring): DataConverter {
  const codec = 'current' in codecOrKeys ? new AesGcmPayloadCodec(codecOrKeys) : codecOrKeys;
  return { payloadCodecs: [codec], failureConverterPath: FAILURE_CONVERTER_PATH };
}
