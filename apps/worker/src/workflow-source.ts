import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FAILURE_CONVERTER_PATH } from '../../../libs/temporal/src/codec/data-converter';

/** Carries the API's request id through workflows onto their log lines and activities (README, "Logs"). */
export const WORKFLOW_INTERCEPTOR_MODULES = [
  require.resolve('../../../libs/temporal/src/request-id/workflow-interceptors'),
];

/**
 * Modules loaded once per worker thread and shared by every workflow it runs, rather than loaded
 * again for each one: in the reusable V8 context each workflow otherwise evaluates its own copy of
 * every module it imports, which a cached workflow keeps, and a cache miss evaluates afresh before
 * replaying. The domain rules qualify: they hold no state of their own (pure functions, constants
 * the SDK deep-freezes, definitions of updates and queries), so sharing them changes no workflow's
 * behaviour or history. Workflow code and anything holding state stays per workflow.
 */
export const WORKFLOW_PRELOAD_MODULES = [require.resolve('../../../libs/domain/src')];

/** The bundle `npm run build` writes; without it the worker bundles workflows/ itself at start. */
export const WORKFLOW_BUNDLE_PATH = join(__dirname, '..', '..', '..', 'workflow-bundle.js');

/**
 * What every bundle of the workflows needs (the build script, the replay suite): the workflow code
 * and the failure converter that encodes failure messages inside the sandbox. A prebuilt bundle
 * ignores the worker's own `failureConverterPath`, so it must be bundled in here.
 */
export function workflowBundleOptions(): {
  workflowsPath: string;
  failureConverterPath: string;
  workflowInterceptorModules: string[];
  preloadModules: string[];
} {
  return {
    workflowsPath: require.resolve('../../../workflows'),
    failureConverterPath: FAILURE_CONVERTER_PATH,
    workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES,
    preloadModules: WORKFLOW_PRELOAD_MODULES,
  };
}

/** The bundle if built (its interceptors are in it), else the source and the interceptors to bundle with it. */
export function workflowSource():
  | { workflowBundle: { codePath: string } }
  | { workflowsPath: string; workflowInterceptorModules: string[]; preloadModules: string[] } {
  if (existsSync(WORKFLOW_BUNDLE_PATH)) return { workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH } };
  const { workflowsPath, workflowInterceptorModules, preloadModules } = workflowBundleOptions();
  return { workflowsPath, workflowInterceptorModules, preloadModules };
}
