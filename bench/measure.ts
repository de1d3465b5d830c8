// Timing and memory helpers: wall-clock times from performance.now(),
// medians and 95th percentiles of repeated samples, and heap/RSS readings.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Runs `work` once and returns its result and the milliseconds it took. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

/** Summary of repeated samples, in milliseconds. */
export interface Distribution {
  samples: number;
  median: number;
  p95: number;
  max: number;
}

/** Median, 95th percentile and maximum of `samples` (milliseconds). */
export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { samples: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
}

/** Memory readings in MiB. */
export interface MemoryReading {
  heapUsedMiB: number;
  rssMiB: number;
  /** The process's peak resident set so far. */
  maxRssMiB: number;
}

const MiB = 1024 * 1024;

export function readMemory(): MemoryReading {
  const usage = process.memoryUsage();
  return {
    heapUsedMiB: usage.heapUsed / MiB,
    rssMiB: usage.rss / MiB,
    maxRssMiB: (process.resourceUsage().maxRSS * 1024) / MiB,
  };
}

let gcFunction: (() => void) | undefined;

/**
 * Collects garbage between runs so that one run's leftovers do not count
 * against the next one's heap reading. `npm run bench` starts Node without
 * --expose-gc, so the flag is set at run time.
 */
export function collectGarbage(): void {
  if (!gcFunction) {
    setFlagsFromString('--expose-gc');
    gcFunction = runInNewContext('gc') as () => void;
  }
  gcFunction();
}
