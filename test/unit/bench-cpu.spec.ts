import { spawn } from 'node:child_process';
import { cpuMeter, cpuMsOf } from '../../bench/lib/cpu';

/** A child that spins on a core for `ms`, then exits. */
function spin(ms: number): Promise<number> {
  const child = spawn(process.execPath, ['-e', `const end = Date.now() + ${ms}; while (Date.now() < end) {}`]);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? -1));
  });
}

describe("the bench's CPU meter (/proc)", () => {
  it('counts the CPU a process spends, and none while it sleeps', async () => {
    const meter = cpuMeter({ self: [process.pid] });
    let since = meter.start();
    const end = Date.now() + 300;
    while (Date.now() < end); // spin this process's own thread
    expect(since().self).toBeGreaterThanOrEqual(200);
    since = meter.start();
    await new Promise((r) => setTimeout(r, 300));
    expect(since().self).toBeLessThan(100);
  });

  it("counts a parent's children with withChildren (PostgreSQL's backends), and not without", async () => {
    const meter = cpuMeter({ tree: [{ pid: process.pid, withChildren: true }], alone: [process.pid] });
    const since = meter.start();
    expect(await spin(400)).toBe(0);
    const spent = since();
    expect(spent.tree).toBeGreaterThanOrEqual(250);
    expect(spent.alone).toBeLessThan(spent.tree - 200);
  });

  it('refuses a process that does not exist', () => {
    expect(() => cpuMsOf(2 ** 22 + 1)).toThrow();
  });
});
