// Hostile API specs, scaled: each shape of the scaling report (bench/hostileShapes)
// that goes through the API lint is checked at 4x and 16x. A shape that fits the
// parser's budget at 16x must cost less than 6 times as much there as at 4x
// (linear gives about 4; `[a](` repeated, many routes in one file and a paragraph of
// `]` gave 9 to 18 before the parser's input was defused and cut in pieces),
// timed as ./ratio.ts says: no wall-clock bound, only the ratio. A shape past
// the budget must be reported as too large or too deep instead of parsed.
import { strict as assert } from 'node:assert';
import { findingsOf, SHAPES, routesText, scopeText, shapeFindings, runShape } from '../../../bench/hostileShapes';
import { overBudget, readApiFile } from '../../../src/core/reader';
import { timeBoth } from './ratio';


const fits = (shape: (typeof SHAPES)[number], k: number) => Object.entries(shape.files(k)).every(([file, text]) => overBudget(file, text) === undefined);

describe('fuzz: hostile API specs scale linearly', function () {
  this.timeout(180000);
  const api = SHAPES.filter((s) => s.check === 'api-lint');

  for (const shape of api.filter((s) => fits(s, 16))) {
    it(`${shape.name}: 16x costs less than 6 times 4x`, async () => {
      await runShape(shape, 1); // warm up the code paths
      const [small, large] = await timeBoth(() => runShape(shape, 4), () => runShape(shape, 16));
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
    // Built once: making a 20 MB string is not what is timed. Sixteen times the
    // size must cost less than 36 times as much (6 per 4x step, twice; the
    // memory traffic of 20 MB alone takes a linear scan past 4 per step).
    const files = (mb: number) => ({ 'specs/api/tasks.md': `# Tasks API\n\n${'word '.repeat((1024 * 1024 * mb) / 5)}\n`, 'CLAUDE.md': '@specs/api/tasks.md\n' });
    const small = files(1.25);
    const large = files(20);
    const codes = (await findingsOf(large)).map((f) => f.code);
    assert.ok(codes.includes('io.too-large'), codes.join(', '));
    const [a, b] = await timeBoth(() => findingsOf(small), () => findingsOf(large));
    assert.ok(b / Math.max(a, 1) < 36, `1.25 MB ${a.toFixed(1)} ms, 20 MB ${b.toFixed(1)} ms`);
  });

  // Sizes where the parse's own quadratic share shows, past the budget, so read
  // directly: routes each closing a list (micromark's lazy-line repair copied
  // the whole document's events for each), and scope statements applied to
  // routes (once compared each with each).
  for (const [name, text] of [['many short routes', routesText], ['scope statements and routes', scopeText]] as const) {
    it(`${name}: the reader at 64x costs less than 6 times 16x`, async () => {
      const small16 = text(16);
      const large64 = text(64);
      readApiFile('specs/api/tasks.md', text(4));
      const [small, large] = await timeBoth(() => readApiFile('specs/api/tasks.md', small16), () => readApiFile('specs/api/tasks.md', large64));
      assert.ok(large / Math.max(small, 1) < 6, `16x ${small.toFixed(1)} ms, 64x ${large.toFixed(1)} ms`);
    });
  }
});
