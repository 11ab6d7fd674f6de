// Types for node-runtime.js (plain CommonJS so it loads before `npm install`).
export interface ProjectNode {
  path: string;
  version: string;
  source: 'KINSHIP_NODE' | 'machine' | 'pinned';
}
export const MIN_MAJOR: number;
export function resolveProjectNode(options?: { root?: string; env?: NodeJS.ProcessEnv }): ProjectNode;
export function runOnProjectNode(script?: string, args?: string[]): ProjectNode | null;
export function pinnedNode(root?: string): string | null;
export function describe(node: ProjectNode): string;
