// Hostile API specs, scaled: each shape of the scaling report (bench/hostileShapes)
// that goes through the API lint is checked at 4x and 16x. A shape that fits the
// parser's budget at 16x must cost less than 6 times as much there as at 4x
// (linear gives about 4; `[a](` repeated, many routes in one file and a paragraph of
// `]` gave 9 to 18 before the parser's input was defused and cut in pieces),
// timed as ./scaling.ts says: no wall-clock bound, only the ratio. A shape past
// the budget must be reported as too large or too deep instead of parsed.
import { strict as assert } from 'node:assert';
import { findingsOf, SHAPES, routesText, scopeText, shapeFindings, runShape } from '../../../bench/hostileShapes';
import { overBudget, readApiFile } from '../../../src/core/reader';
import { ratioUnder } from './scaling';


const fits = (shape: (typeof SHAPES)[number], k: number) => Object.entries(shape.files(k)).every(([file, text]) => overBudget(file, text) === undefined);

describe('fuzz: hostile API specs scale linearly', function () {
  this.timeout(180000);
  const api = SHAPES.filter((s) => s.check === 'api-lint');

  for (const shape of api.filter((s) => fits(s, 16))) {
    it(`${shape.name}: 16x costs less than 6 times 4x`, async () => {
      await runShape(shape, 1); // warm up the code paths
      const t = await ratioUnder(6, () => runShape(shape, 4), () => runShape(shape, 16));
      assert.ok(t.ratio < 6, `4x ${t.small.toFixed(2)} ms, 16x ${t.large.toFixed(2)} ms`);
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

  it('a spec of 20 MB on one line is reported as too large and never reaches the parser', async () => {
    // Asserted by what is reported, not timed: at 20 MB the memory traffic of any
    // linear pass varies too much on a shared machine for a ratio to hold.
    const text = `# Tasks API\n\n${'word '.repeat((1024 * 1024 * 20) / 5)}\n`;
    assert.equal(overBudget('specs/api/tasks.md', text)?.code, 'io.too-large');
    const codes = (await findingsOf({ 'specs/api/tasks.md': text, 'CLAUDE.md': '@specs/api/tasks.md\n' })).map((f) => f.code);
    assert.ok(codes.includes('io.too-large'), codes.join(', '));
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
      const t = await ratioUnder(6, () => readApiFile('specs/api/tasks.md', small16), () => readApiFile('specs/api/tasks.md', large64));
      assert.ok(t.ratio < 6, `16x ${t.small.toFixed(2)} ms, 64x ${t.large.toFixed(2)} ms`);
    });
  }
});
