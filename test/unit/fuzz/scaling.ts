// Time ratios between two input sizes that a busy 2-core machine cannot fake.
// A single run of a linear reading at 16x can take a fraction of a
// millisecond, where one garbage collection or scheduler slice is the whole
// measurement; so each size is repeated until the smaller one takes tens of
// milliseconds of this process's CPU time (other processes do not count),
// and the sizes are timed in turns keeping the best of seven rounds.

const ROUND_MS = 25;
const ROUNDS = 7;

/** The CPU time `reps` runs take, in ms: the process's own time, which other processes on the machine do not inflate. */
async function timeOf(run: () => unknown, reps: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < reps; i++) await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** How many repetitions make `run` last about ROUND_MS. */
async function repsFor(run: () => unknown): Promise<number> {
  let reps = 1;
  for (;;) {
    const ms = await timeOf(run, reps);
    if (ms >= ROUND_MS || reps >= 1 << 16) return reps;
    reps = Math.min(1 << 16, Math.max(reps * 2, Math.ceil((reps * ROUND_MS) / Math.max(ms, 0.01))));
  }
}

/** The best time of each size per repetition, in ms, measured in turns; `large / small` is the ratio to check. */
export async function bestOfBoth(small: () => unknown, large: () => unknown): Promise<{ small: number; large: number; ratio: number }> {
  const reps = await repsFor(small);
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    a = Math.min(a, (await timeOf(small, reps)) / reps);
    b = Math.min(b, (await timeOf(large, reps)) / reps);
  }
  return { small: a, large: b, ratio: b / a };
}
