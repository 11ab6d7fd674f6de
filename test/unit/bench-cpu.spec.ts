import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpuMeter, cpuMsOf, untilQuiet } from '../../bench/lib/cpu';

/**
 * A child that spends `ms` of CPU (not of wall time, so a busy machine only makes it slower), then
 * exits with 0.
 */
async function burn(ms: number): Promise<number> {
  const spent = 'const u = process.cpuUsage(); return (u.user + u.system) / 1000;';
  const child = spawn(process.execPath, ['-e', `const spent = () => { ${spent} }; while (spent() < ${ms});`]);
  const [code] = (await once(child, 'exit')) as [number | null];
  return code ?? -1;
}

/** A child that sleeps without spending CPU, once it has started (`sleep` from coreutils). */
async function sleeper(): Promise<ChildProcess> {
  const child = spawn('sleep', ['30']);
  await once(child, 'spawn');
  await new Promise((r) => setTimeout(r, 100)); // past exec
  return child;
}

describe("the bench's CPU meter (/proc)", () => {
  it('counts the CPU a child spends, and none while a process sleeps', async () => {
    const meter = cpuMeter({ self: [{ pid: process.pid, withChildren: true }] });
    const since = meter.start();
    expect(await burn(300)).toBe(0);
    expect(since().self).toBeGreaterThanOrEqual(290); // the kernel counts in 10 ms ticks

    const child = await sleeper();
    try {
      const asleep = cpuMeter({ child: [child.pid as number] }).start();
      await new Promise((r) => setTimeout(r, 300));
      expect(asleep().child).toBeLessThan(20);
    } finally {
      child.kill();
    }
  });

  it("counts a parent's children with withChildren (PostgreSQL's backends), and not without", async () => {
    const meter = cpuMeter({ tree: [{ pid: process.pid, withChildren: true }], alone: [process.pid] });
    const since = meter.start();
    expect(await burn(400)).toBe(0);
    const { tree = NaN, alone = NaN } = since();
    expect(tree).toBeGreaterThanOrEqual(390);
    expect(alone).toBeLessThan(tree - 350);
  });

  it('waits until a busy process has gone quiet, and not past the longest wait', async () => {
    // Spends 600 ms of CPU, then stays alive asleep (a process that exits cannot be read).
    const busy = 'const t = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };';
    const child = spawn(process.execPath, ['-e', `${busy} while (t() < 600); setTimeout(() => {}, 30000);`]);
    await once(child, 'spawn');
    try {
      const meter = cpuMeter({ child: [child.pid as number] });
      // Quiet here is no 10 ms tick in 200 ms: a busy child on a loaded machine still gets ticks.
      const quiet = { sampleMs: 200, quietMsPerSecond: 20 };
      await untilQuiet(meter, quiet);
      expect(cpuMsOf(child.pid as number)).toBeGreaterThanOrEqual(590); // it waited out the busy part
      const waited = await untilQuiet(meter, quiet);
      expect(waited).toBeLessThan(1000); // already quiet: one sample
      const loop = spawn(process.execPath, ['-e', 'for (;;);']);
      await once(loop, 'spawn');
      try {
        const capped = await untilQuiet(cpuMeter({ loop: [loop.pid as number] }), { sampleMs: 100, maxMs: 400 });
        expect(capped).toBeGreaterThanOrEqual(400);
        expect(capped).toBeLessThan(2000);
      } finally {
        loop.kill();
      }
    } finally {
      child.kill();
    }
  });

  it('refuses a process that does not exist', () => {
    expect(() => cpuMsOf(2 ** 22 + 1)).toThrow();
  });
});
