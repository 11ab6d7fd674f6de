import { bundleWorkflowCode } from '@temporalio/worker';
import { writeFileSync } from 'node:fs';
import { WORKFLOW_BUNDLE_PATH, workflowBundleOptions } from '../src/workflow-source';

/** Writes the workflow bundle the worker loads in production; exits non-zero on any failure. */
async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode({
    ...workflowBundleOptions(),
    logger: undefined,
  });
  writeFileSync(WORKFLOW_BUNDLE_PATH, code);
  console.log(`workflow bundle written to ${WORKFLOW_BUNDLE_PATH}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
