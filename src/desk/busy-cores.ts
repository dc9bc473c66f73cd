import { cpus, loadavg } from 'node:os';

/**
 * How many cores other processes keep busy right now, for deciding whether a load worker would
 * find an idle core. The one-minute load average cannot say: it counts this process too, so a bot
 * that has just built a desk (or a benchmark that builds several back to back) sees its own past
 * work as a busy machine and loads the next one without workers. A short sample of the machine's
 * CPU times less this process's own CPU time over the same span measures the others alone, and
 * the sample can overlap this process's own work (listing the directory) since that is subtracted.
 */

export interface CpuSample {
  /** Per core: time busy and time in all, ms (os.cpus() times). */
  cores: { busy: number; total: number }[];
  /** This process's CPU time, all threads, µs (process.cpuUsage). */
  ownMicros: number;
  /** When the sample was taken, ms (performance.now). */
  at: number;
}

export function takeCpuSample(): CpuSample {
  const cores = cpus().map(({ times }) => {
    const total = times.user + times.nice + times.sys + times.idle + times.irq;
    return { busy: total - times.idle, total };
  });
  const own = process.cpuUsage();
  return { cores, ownMicros: own.user + own.system, at: performance.now() };
}

/**
 * Cores busy with other processes between two samples: the sum over cores of each one's busy
 * share, less this process's CPU time over the wall time between them. Null when the machine
 * does not report per-core times (some containers give none) or the samples are too close to
 * tell (the OS counts CPU time in ticks of about 10 ms).
 */
export function busyCoresBetween(before: CpuSample, after: CpuSample): number | null {
  if (before.cores.length === 0 || before.cores.length !== after.cores.length) return null;
  const wallMs = after.at - before.at;
  let machineBusy = 0;
  let ticked = false;
  for (let i = 0; i < after.cores.length; i++) {
    const total = after.cores[i]!.total - before.cores[i]!.total;
    if (total <= 0) continue;
    ticked = true;
    machineBusy += Math.min(1, Math.max(0, (after.cores[i]!.busy - before.cores[i]!.busy) / total));
  }
  if (!ticked || wallMs < 20) return null;
  const own = (after.ownMicros - before.ownMicros) / 1000 / wallMs;
  return Math.max(0, machineBusy - own);
}

/** Options of measureBusyCores. */
export interface BusySampleOptions {
  /** Shortest span of the sample, ms: long enough for the OS's CPU-time ticks to add up. */
  sampleMs?: number;
}

export const BUSY_SAMPLE_DEFAULTS: Required<BusySampleOptions> = { sampleMs: 120 };

/**
 * Starts a sample now and resolves, at least `sampleMs` later, to the cores other processes kept
 * busy meanwhile; falls back to the one-minute load average where the sample cannot tell.
 * The caller may work while it runs (its own CPU time is subtracted).
 */
export function measureBusyCores(options: BusySampleOptions = {}): Promise<{ busyCores: number; source: 'sample' | 'load average' }> {
  const sampleMs = options.sampleMs ?? BUSY_SAMPLE_DEFAULTS.sampleMs;
  const before = takeCpuSample();
  return new Promise((resolve) => {
    setTimeout(() => {
      const busy = busyCoresBetween(before, takeCpuSample());
      resolve(busy === null ? { busyCores: loadavg()[0]!, source: 'load average' } : { busyCores: busy, source: 'sample' });
    }, sampleMs);
  });
}
