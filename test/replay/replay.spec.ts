import historyPayloadKey from '../support/history-payload-key.json';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workflowBundleOptions } from '../../apps/worker/src/workflow-source';
import {
  AesGcmPayloadCodec,
  ENCRYPTED_ENCODING,
  kinshipDataConverter,
  parsePayloadKeys,
} from '../../libs/temporal/src';
import { collectHistoryPayloads, mapHistoryPayloads } from '../support/history-payloads';
import { SAVED_HISTORIES_DIR } from '../support/histories';

/**
 * Replays every saved history (test/histories) against today's workflow code. A change to a
 * workflow that is not patched makes a saved history diverge, and this fails.
 *
 * Replays go through the service's data converter with the test-only key that
 * `npm run histories:record` records under (test/support/history-payload-key.json): histories
 * saved before encryption hold plain payloads, which the codec passes through; histories recorded
 * since hold ciphertext, which it decrypts. Each saved history is also replayed encrypted, to
 * show the second kind works before any exists.
 */
describe('replay of saved workflow histories', () => {
  let bundle: WorkflowBundleWithSourceMap;
  const files = readdirSync(SAVED_HISTORIES_DIR).filter((f) => f.endsWith('.json'));
  const codec = new AesGcmPayloadCodec(parsePayloadKeys(historyPayloadKey.TEMPORAL_PAYLOAD_KEYS));
  const dataConverter = kinshipDataConverter(codec);
  const load = (file: string) => historyFromJSON(JSON.parse(readFileSync(join(SAVED_HISTORIES_DIR, file), 'utf8')));
  const encrypted = async (file: string) => {
    const history = load(file);
    // Histories recorded since encryption are ciphertext already: encrypted once, as a worker would.
    await mapHistoryPayloads(history, async (payload) =>
      Buffer.from(payload.metadata?.encoding ?? []).toString() === ENCRYPTED_ENCODING
        ? payload
        : (await codec.encode([payload]))[0],
    );
    return history;
  };

  beforeAll(async () => {
    bundle = await bundleWorkflowCode({
      ...workflowBundleOptions(),
      logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    });
  });

  it('has saved histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('replays %s without nondeterminism', async (file) => {
    await expect(
      Worker.runReplayHistory({ workflowBundle: bundle, dataConverter }, load(file), file),
    ).resolves.toBeUndefined();
  });

  it.each(files)('replays %s encrypted, through the codec', async (file) => {
    const history = await encrypted(file);
    const payloads = await collectHistoryPayloads(history);
    expect(payloads.length).toBeGreaterThan(0);
    for (const p of payloads) expect(Buffer.from(p.metadata!.encoding).toString()).toBe(ENCRYPTED_ENCODING);
    await expect(
      Worker.runReplayHistory({ workflowBundle: bundle, dataConverter }, history, file),
    ).resolves.toBeUndefined();
  });

  it('cannot replay an encrypted history without the codec (so the codec is what decrypts)', async () => {
    await expect(
      Worker.runReplayHistory({ workflowBundle: bundle }, await encrypted(files[0]), files[0]),
    ).rejects.toThrow();
  });
});
