// Timing two sizes of one input for a ratio that holds on a shared, loaded
// machine: the sizes are run in turns, so a burst of load falls on both alike;
// a short run is repeated until it lasts long enough that the scheduler's
// time slices average out over it (a run of 4 ms can slip between slices while
// one of 40 ms cannot), the long one as many times; and the medians of five
// turns are compared. No wall-clock bound, only the ratio.

/** Runs of the small size are repeated until a turn lasts at least this long. */
const TURN_MS = 40;

async function timed(run: () => unknown, reps: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) await run();
  return Number(process.hrtime.bigint() - start) / 1e6 / reps;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The median time of one run of each size (milliseconds), from five turns. */
export async function timeBoth(small: () => unknown, large: () => unknown): Promise<[number, number]> {
  const once = await timed(small, 1);
  const reps = Math.min(100, Math.max(1, Math.ceil(TURN_MS / Math.max(once, 0.05))));
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 5; i++) {
    a.push(await timed(small, reps));
    b.push(await timed(large, reps));
  }
  return [median(a), median(b)];
}
