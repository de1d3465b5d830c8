// Time ratios between two input sizes that a busy 2-core machine cannot fake.
// A single run of a linear reading at 16x can take a fraction of a
// millisecond, where one garbage collection or scheduler slice is the whole
// measurement; so each size is repeated (up to 16 times) until the smaller
// one takes tens of milliseconds of this process's CPU time (other processes
// do not count), each run from a collected heap, and the sizes are timed in
// turns keeping the best of seven rounds.

const ROUND_MS = 25;
const ROUNDS = 7;
const MAX_REPS = 16;

/**
 * The CPU time `reps` runs take, in ms: the process's own time, which other
 * processes on the machine do not inflate. With --expose-gc (mocha's options)
 * each run starts from a collected heap and the collection is not counted: the
 * garbage of earlier runs and tests must not be collected on this run's time.
 */
async function timeOf(run: () => unknown, reps: number): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  let total = 0;
  for (let i = 0; i < reps; i++) {
    gc?.();
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    total += (used.user + used.system) / 1000;
  }
  return total;
}

/** How many repetitions make `run` last about ROUND_MS (at most MAX_REPS: each starts with a full collection). */
async function repsFor(run: () => unknown): Promise<number> {
  let reps = 1;
  for (;;) {
    const ms = await timeOf(run, reps);
    if (ms >= ROUND_MS || reps >= MAX_REPS) return reps;
    reps = Math.min(MAX_REPS, Math.max(reps * 2, Math.ceil((reps * ROUND_MS) / Math.max(ms, 0.01))));
  }
}

/** The best time of each size per repetition, in ms, measured in turns; `large / small` is the ratio to check. */
export async function bestOfBoth(small: () => unknown, large: () => unknown): Promise<{ small: number; large: number; ratio: number }> {
  // Both sizes once first: the heap grows to the large size before anything is timed.
  await large();
  const reps = await repsFor(small);
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    a = Math.min(a, (await timeOf(small, reps)) / reps);
    b = Math.min(b, (await timeOf(large, reps)) / reps);
  }
  return { small: a, large: b, ratio: b / a };
}

/**
 * `bestOfBoth`, measured again (up to three times) while the ratio is at or
 * above `limit`: a burst of collection inside the large run can inflate one
 * measurement, and noise only ever inflates a best time, so a reading that
 * is really super-linear (16 for quadratic) stays above the limit every time.
 */
export async function ratioUnder(limit: number, small: () => unknown, large: () => unknown): Promise<{ small: number; large: number; ratio: number }> {
  let best = await bestOfBoth(small, large);
  for (let i = 1; i < 3 && best.ratio >= limit; i++) {
    const again = await bestOfBoth(small, large);
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}
