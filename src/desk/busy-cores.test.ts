import { describe, expect, it } from 'vitest';
import { busyCoresBetween, measureBusyCores, type CpuSample } from './busy-cores.ts';

const sample = (at: number, ownMs: number, cores: [busy: number, total: number][]): CpuSample => ({
  at,
  ownMicros: ownMs * 1000,
  cores: cores.map(([busy, total]) => ({ busy, total })),
});

describe('busyCoresBetween', () => {
  it("counts the machine's busy share per core less this process's own CPU time", () => {
    // Two cores over 100 ms: one fully busy, one half busy; this process used 80 ms of CPU.
    const before = sample(0, 0, [[1000, 5000], [2000, 5000]]);
    const after = sample(100, 80, [[1100, 5100], [2050, 5100]]);
    expect(busyCoresBetween(before, after)).toBeCloseTo(1.5 - 0.8, 5);
  });

  it('reads a machine busy only with this process as idle', () => {
    const before = sample(0, 0, [[0, 1000], [0, 1000]]);
    const after = sample(200, 200, [[200, 1200], [0, 1200]]);
    expect(busyCoresBetween(before, after)).toBe(0);
  });

  it('cannot tell without per-core times or over a span shorter than the clock ticks', () => {
    expect(busyCoresBetween(sample(0, 0, []), sample(100, 0, []))).toBeNull();
    expect(busyCoresBetween(sample(0, 0, [[0, 10]]), sample(5, 0, [[0, 10]]))).toBeNull();
  });
});

describe('measureBusyCores', () => {
  it('resolves after the sample to a count of cores, never negative', async () => {
    const started = performance.now();
    const { busyCores, source } = await measureBusyCores({ sampleMs: 60 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(busyCores).toBeGreaterThanOrEqual(0);
    expect(['sample', 'load average']).toContain(source);
  });
});
