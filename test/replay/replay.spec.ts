import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAVED_HISTORIES_DIR } from '../support/histories';

/**
 * Replays every saved history (test/histories) against today's workflow code. A change to a
 * workflow that is not patched makes a saved history diverge, and this fails.
 */
describe('replay of saved workflow histories', () => {
  let bundle: WorkflowBundleWithSourceMap;
  const files = readdirSync(SAVED_HISTORIES_DIR).filter((f) => f.endsWith('.json'));

  beforeAll(async () => {
    bundle = await bundleWorkflowCode({
      workflowsPath: require.resolve('../../workflows'),
      logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    });
  });

  it('has saved histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('replays %s without nondeterminism', async (file) => {
    const history = JSON.parse(readFileSync(join(SAVED_HISTORIES_DIR, file), 'utf8'));
    await expect(Worker.runReplayHistory({ workflowBundle: bundle }, history, file)).resolves.toBeUndefined();
  });
});
