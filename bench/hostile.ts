// `npm run bench:hostile`: the scaling report of docs/security.md. Each shape
// of bench/hostileShapes.ts runs at 1x, 4x and 16x in a child process of its
// own (so a shape that does not end is cut off after the timeout instead of
// stalling the report); the best of three runs is kept and the ratio between
// sizes printed. Linear reading gives about 4 per step; the goal is below 6.
//   node out/bench/hostile.js [--timeout ms]       the table
//   node out/bench/hostile.js --one <shape> <k>     one measurement (ms), for the table
import { spawnSync } from 'node:child_process';
import { SHAPES, runShape } from './hostileShapes';

const SCALES = [1, 4, 16];

async function one(index: number, k: number): Promise<void> {
  const shape = SHAPES[index];
  if (!shape) throw new Error(`no shape ${index}`);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    await runShape(shape, k);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    if (best > 5000) break; // slow enough to show the shape; more rounds add nothing
  }
  process.stdout.write(`${best}\n`);
}

function table(timeout: number): void {
  const rows: string[] = ['| shape | 1x (ms) | 4x (ms) | 16x (ms) | 4x/1x | 16x/4x |', '|---|---|---|---|---|---|'];
  let worst = 0;
  SHAPES.forEach((shape, i) => {
    const ms: Array<number | undefined> = [];
    for (const k of SCALES) {
      if (ms.length > 0 && ms[ms.length - 1] === undefined) {
        ms.push(undefined);
        continue;
      }
      const r = spawnSync(process.execPath, [__filename, '--one', String(i), String(k)], { encoding: 'utf8', timeout });
      ms.push(r.status === 0 ? Number(r.stdout.trim()) : undefined);
    }
    const cell = (v: number | undefined) => (v === undefined ? `> ${timeout}` : v.toFixed(1));
    const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 'n/a' : (b / Math.max(a, 0.05)).toFixed(1));
    for (let s = 1; s < ms.length; s++) {
      const a = ms[s - 1];
      const b = ms[s];
      if (a !== undefined && b !== undefined && a >= 5) worst = Math.max(worst, b / a);
      if (b === undefined) worst = Infinity;
    }
    rows.push(`| ${shape.name} | ${cell(ms[0])} | ${cell(ms[1])} | ${cell(ms[2])} | ${ratio(ms[0], ms[1])} | ${ratio(ms[1], ms[2])} |`);
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  });
  process.stdout.write(`${rows.join('\n')}\n\nworst ratio per 4x step (steps from at least 5 ms): ${worst === Infinity ? 'a size did not end' : worst.toFixed(1)} (goal: below 6)\n`);
  process.exitCode = worst < 6 ? 0 : 1;
}

const args = process.argv.slice(2);
if (args[0] === '--one') void one(Number(args[1]), Number(args[2]));
else table(Number(args[args.indexOf('--timeout') + 1] || 60000) || 60000);
