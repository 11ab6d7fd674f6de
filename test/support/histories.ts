import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { bundleWorkflowCode, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import { workflowBundleOptions, workflowSource } from '../../apps/worker/src/workflow-source';
import { loadTemporalConfig } from '../../libs/config/src';
import { kinshipDataConverter } from '../../libs/temporal/src';
import { REPO_ROOT } from './stack';

export const SAVED_HISTORIES_DIR = join(REPO_ROOT, 'test', 'histories');

let bundle: Promise<WorkflowBundleOption> | undefined;

/** The workflow code the worker runs: the built bundle, else the source bundled once per test file. */
function workflowBundle(): Promise<WorkflowBundleOption> {
  const source = workflowSource();
  bundle ??=
    'workflowBundle' in source
      ? Promise.resolve(source.workflowBundle)
      : bundleWorkflowCode({
          ...workflowBundleOptions(),
          logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
        });
  return bundle;
}

/**
 * Keeps a finished run's history, once it has replayed against the workflow code that made it. A
 * run whose replay diverges (live, its commands came in one order; on replay, after a worker
 * restart or a cache eviction, in another) would stop its case the first time a worker had to
 * rebuild it: this finds that on the run that made it, not on a council's case months later.
 *
 * With KINSHIP_RECORD_HISTORIES=1 (`npm run histories:record`) it becomes a saved history under
 * test/histories, replayed by every later CI run; otherwise it is kept under .test-data for inspection.
 */
export async function keepHistory(client: Client, workflowId: string, name: string): Promise<void> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const recording = process.env.KINSHIP_RECORD_HISTORIES === '1';
  const keep = (dir: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.json`), historyToJSON(history));
  };
  if (!recording) keep(join(REPO_ROOT, '.test-data', 'histories')); // kept to inspect, even if it diverges
  await Worker.runReplayHistory(
    { workflowBundle: await workflowBundle(), dataConverter: kinshipDataConverter(loadTemporalConfig().payloadKeys) },
    history,
    workflowId,
  );
  if (recording) keep(SAVED_HISTORIES_DIR); // only a history that replays is saved
}
