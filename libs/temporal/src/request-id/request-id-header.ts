import { defaultPayloadConverter, type Headers } from '@temporalio/common';

/**
 * The API's request id travels to workflows and activities in this Temporal header (headers are
 * not encrypted by the payload codec: the id is a caller's token or a UUID, never case data).
 * Loaded in the workflow sandbox too, so it imports only @temporalio/common and never throws.
 */
export const REQUEST_ID_HEADER = 'kinship-request-id';

/** The shape the API accepts in X-Request-Id; anything else in a header is ignored, not trusted. */
const REQUEST_ID = /^[\w.-]{1,64}$/;

export function withRequestId(headers: Headers, requestId: string | undefined): Headers {
  if (!requestId || !REQUEST_ID.test(requestId)) return headers;
  return { ...headers, [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(requestId) };
}

export function requestIdFrom(headers: Headers | undefined): string | undefined {
  const payload = headers?.[REQUEST_ID_HEADER];
  if (!payload) return undefined;
  try {
    const value: unknown = defaultPayloadConverter.fromPayload(payload);
    return typeof value === 'string' && REQUEST_ID.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
