import type { Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

const ProtoPayload = temporal.api.common.v1.Payload;

/**
 * Every payload in a history (decoded proto objects, as `historyFromJSON` and the gRPC client give
 * them), in place: inputs, results, update arguments, memos, failures' encoded attributes. Search
 * attributes, headers and patch markers are left alone, as the SDK leaves them (the server must read
 * search attributes; patch markers hold only the patch id), and so is core's own record of a local
 * activity call.
 */
export async function mapHistoryPayloads(
  node: unknown,
  fn: (payload: Payload) => Promise<Payload>,
  key = '',
): Promise<unknown> {
  if (!node || typeof node !== 'object' || node instanceof Uint8Array) return node;
  if (isPayload(node)) return ProtoPayload.create(await fn(node));
  if (key === 'searchAttributes' || key === 'header') return node;
  // Patch markers are written by the SDK's core, which never runs them through the codec.
  const marker = (node as { markerName?: string }).markerName;
  if (marker === 'core_patch') return node;
  if (marker === 'core_local_activity') {
    // Core's own record of the call (`details.data`: activity type, seq, attempt) is never encoded;
    // the activity's result and failure are, as any activity's.
    const la = node as { details?: Record<string, unknown>; failure?: unknown };
    if (la.details?.result) la.details.result = await mapHistoryPayloads(la.details.result, fn, 'result');
    if (la.failure) la.failure = await mapHistoryPayloads(la.failure, fn, 'failure');
    return node;
  }
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = await mapHistoryPayloads(node[i], fn);
    return node;
  }
  const record = node as Record<string, unknown>;
  for (const field of Object.keys(record)) record[field] = await mapHistoryPayloads(record[field], fn, field);
  return node;
}

/** Every payload of a history, read without changing it. */
export async function collectHistoryPayloads(history: unknown): Promise<Payload[]> {
  const found: Payload[] = [];
  await mapHistoryPayloads(history, (payload) => {
    found.push(payload);
    return Promise.resolve(payload);
  });
  return found;
}

function isPayload(node: object): node is Payload {
  const { metadata, data } = node as Payload;
  return (
    !!metadata &&
    typeof metadata === 'object' &&
    !Array.isArray(metadata) &&
    'data' in node &&
    (data == null || data instanceof Uint8Array)
  );
}
