import { MIN_MAJOR, pinnedNode, resolveProjectNode } from '../../scripts/lib/node-runtime';

// `npm test` runs jest on the project's Node (>= 24): the machine's own when it is new enough,
// else the pinned node-linux-* package, else KINSHIP_NODE. scripts/test.js prints which one.
describe('the Node the project runs on', () => {
  it(`is Node ${MIN_MAJOR} or newer (this run: ${process.version})`, () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(MIN_MAJOR);
  });

  it('is the Node scripts/test.js chose for jest', () => {
    expect(process.version).toBe(resolveProjectNode().version);
  });

  it('is KINSHIP_NODE when that is set', () => {
    const chosen = resolveProjectNode({ env: { KINSHIP_NODE: process.execPath } });
    expect(chosen).toEqual({ path: process.execPath, version: process.version, source: 'KINSHIP_NODE' });
  });

  it('refuses a KINSHIP_NODE that does not run, naming it', () => {
    expect(() => resolveProjectNode({ env: { KINSHIP_NODE: '/nonexistent/node' } })).toThrow(
      /KINSHIP_NODE=\/nonexistent\/node is not a Node.js that runs/,
    );
  });

  it('brings the pinned Node 24 on Linux x64 and arm64', () => {
    const pinned = pinnedNode();
    if (process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')) {
      expect(pinned).toMatch(/node_modules\/node-linux-(x64|arm64)\/bin\/node$/);
    } else {
      expect(pinned).toBeNull();
    }
  });
});
