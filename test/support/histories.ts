import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { REPO_ROOT } from './stack';

export const SAVED_HISTORIES_DIR = join(REPO_ROOT, 'test', 'histories');

/**
 * Keeps a finished run's history. With KINSHIP_RECORD_HISTORIES=1 (`npm run histories:record`) it becomes
 * a saved history under test/histories, replayed by every later CI run; otherwise it is kept
 * under .test-data for inspection.
 */
export async function keepHistory(client: Client, workflowId: string, name: string): Promise<void> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const dir =
    process.env.KINSHIP_RECORD_HISTORIES === '1' ? SAVED_HISTORIES_DIR : join(REPO_ROOT, '.test-data', 'histories');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), historyToJSON(history));
}
