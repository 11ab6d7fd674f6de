import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FAILURE_CONVERTER_PATH } from '../../../libs/temporal/src/codec/data-converter';

/** The bundle `npm run build` writes; without it the worker bundles workflows/ itself at start. */
export const WORKFLOW_BUNDLE_PATH = join(__dirname, '..', '..', '..', 'workflow-bundle.js');

/**
 * What every bundle of the workflows needs (the build script, the replay suite): the workflow code
 * and the failure converter that encodes failure messages inside the sandbox. A prebuilt bundle
 * ignores the worker's own `failureConverterPath`, so it must be bundled in here.
 */
export function workflowBundleOptions(): { workflowsPath: string; failureConverterPath: string } {
  return { workflowsPath: require.resolve('../../../workflows'), failureConverterPath: FAILURE_CONVERTER_PATH };
}

export function workflowSource(): { workflowBundle: { codePath: string } } | { workflowsPath: string } {
  if (existsSync(WORKFLOW_BUNDLE_PATH)) return { workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH } };
  return { workflowsPath: workflowBundleOptions().workflowsPath };
}
