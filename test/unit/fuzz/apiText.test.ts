// Hostile API specs, scaled: each shape of the scaling report (bench/hostileShapes)
// that goes through the API lint is checked at 4x and 16x. A shape that fits the
// parser's budget at 16x must cost less than 6 times as much there as at 4x
// (linear gives about 4; `[a](` repeated, many routes in one file and a paragraph of
// `]` gave 9 to 18 before the parser's input was defused and cut in pieces). The
// sizes are taken in turns, five times, and the medians compared, so a burst of
// load on this shared machine falls on both alike: no wall-clock bound, only the
// ratio. A shape past the budget at 4x must be reported as too large or too deep
// instead of parsed.
import { strict as assert } from 'node:assert';
import { SHAPES, scopeText, shapeFindings, runShape } from '../../../bench/hostileShapes';
import { overBudget, readApiFile } from '../../../src/core/reader';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function time(run: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Medians of five runs of each size, taken in turns. */
async function mediansOfBoth(small: () => unknown, large: () => unknown): Promise<[number, number]> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 5; i++) {
    a.push(await time(small));
    b.push(await time(large));
  }
  return [median(a), median(b)];
}

const fits = (shape: (typeof SHAPES)[number], k: number) => Object.entries(shape.files(k)).every(([file, text]) => overBudget(file, text) === undefined);

describe('fuzz: hostile API specs scale linearly', function () {
  this.timeout(180000);
  const api = SHAPES.filter((s) => s.check === 'api-lint');

  for (const shape of api.filter((s) => fits(s, 16))) {
    it(`${shape.name}: 16x costs less than 6 times 4x`, async () => {
      await runShape(shape, 1); // warm up the code paths
      const [small, large] = await mediansOfBoth(() => runShape(shape, 4), () => runShape(shape, 16));
      assert.ok(large / Math.max(small, 1) < 6, `4x ${small.toFixed(1)} ms, 16x ${large.toFixed(1)} ms`);
    });
  }

  for (const shape of api.filter((s) => !fits(s, 4) || !fits(s, 16))) {
    it(`${shape.name}: past the budget, reported instead of parsed`, async () => {
      for (const k of [4, 16]) {
        const codes = (await shapeFindings(shape, k)).map((f) => f.code);
        assert.ok(codes.includes('io.too-large') || codes.includes('io.too-deep'), `${k}x: ${codes.join(', ')}`);
      }
    });
  }

  it('a spec of 20 MB on one line is reported as too large, in time that grows with its size', async () => {
    const shape = { name: 'one line', check: 'api-lint' as const, files: (k: number) => ({ 'specs/api/tasks.md': `# Tasks API\n\n${'word '.repeat(1024 * 1024 * k)}\n`, 'CLAUDE.md': '@specs/api/tasks.md\n' }) };
    const codes = (await shapeFindings(shape, 4)).map((f) => f.code);
    assert.ok(codes.includes('io.too-large'), codes.join(', '));
    const [small, large] = await mediansOfBoth(() => runShape(shape, 1), () => runShape(shape, 4));
    assert.ok(large / Math.max(small, 1) < 6, `5 MB ${small.toFixed(1)} ms, 20 MB ${large.toFixed(1)} ms`);
  });

  // Past the budget's size, so read directly: the scope statements of a file
  // applied to its routes, once compared each with each.
  it('scope statements and routes: the reader at 64x costs less than 6 times 16x', async () => {
    const small16 = scopeText(16);
    const large64 = scopeText(64);
    readApiFile('specs/api/tasks.md', scopeText(4));
    const [small, large] = await mediansOfBoth(() => readApiFile('specs/api/tasks.md', small16), () => readApiFile('specs/api/tasks.md', large64));
    assert.ok(large / Math.max(small, 1) < 6, `16x ${small.toFixed(1)} ms, 64x ${large.toFixed(1)} ms`);
  });
});
