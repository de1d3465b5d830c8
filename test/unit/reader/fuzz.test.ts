import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readApiSpecs } from '../../../src/core/reader';
import { writeApiSpecs } from '../../../src/core/writer';
import { arbitraryDesign } from '../../support/designArbitrary';

/**
 * Reads one text, asserting it neither throws nor returns ranges outside the
 * text; returns how long it took, for the linearity test's ratio (no test
 * here asserts a wall-clock bound: a busy machine must not fail a read).
 */
function readTimed(text: string): number {
  const t0 = performance.now();
  const result = readApiSpecs([{ path: 'specs/api/fuzz.md', text }]);
  const ms = performance.now() - t0;
  assert.ok(result.design, 'a design comes back');
  for (const u of result.unplaced) assert.ok(u.range.end.offset <= text.length && u.range.start.offset >= 0, 'unplaced ranges lie in the text');
  return ms;
}

const PIECES = ['# ', '## ', '### ', '#### ', '- ', '* ', '1. ', '> ', '| ', ' | ', '|---|', '**', '`', '```', '\n', '\r\n', '\n\n', 'GET ', 'POST ', 'DELETE ', '/api/tasks', '/{id}', ':id', '**Endpoint:** ', '**Auth:** ', '**Errors:** ', 'Response (200 OK)', '**Error (404 Not Found):**', '404: Not Found', 'All endpoints require JWT except /auth/*', '{"a": 1,', '[', ']', '(', ')', 'Based on @specs/db/models.md#task.', 'Rows are owned by a user', '\u0000', '\uFFFD', '\t', '    ', 'x', '200', '|', '\\'];
const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((p) => p.join(''));

describe('reader fuzzing', function () {
  // 200 generated specs take about 6 s of CPU; a loaded 2-core machine can stretch that past mocha's default.
  this.timeout(120_000);
  it('never throws on random markdown-like text', () => {
    fc.assert(fc.property(markdownish, (text) => void readTimed(text)), { numRuns: 400, seed: 42 });
  });

  it('never throws on binary junk', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => void readTimed(Buffer.from(bytes).toString('latin1'))), { numRuns: 200, seed: 43 });
  });

  it('never throws on generated specs with random cuts and insertions', () => {
    const mutated = fc.tuple(arbitraryDesign(), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 50 }), fc.constantFrom(...PIECES)), { maxLength: 10 })).map(([design, cuts]) => {
      let text = writeApiSpecs(design).map((f) => f.text).join('\n');
      for (const [at, len, insert] of cuts) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + insert + text.slice(i + len);
      }
      return text;
    });
    fc.assert(fc.property(mutated, (text) => void readTimed(text)), { numRuns: 200, seed: 44 });
  });

  it('reads deep nesting without overflowing the stack', () => {
    readTimed(`${'> '.repeat(3000)}GET /api/x\n`);
    readTimed(`${'- '.repeat(3000)}**Auth:** JWT\n`);
    readTimed(`${'['.repeat(2000)}${']'.repeat(2000)}`);
    readTimed(`## GET /a\n\n${'  '.repeat(2000)}- x\n`.repeat(50));
  });

  it('reads in time linear in the input size', () => {
    const unit = ['## GET /api/tasks/{id} - Read a task', '', '| name | in | type |', '|---|---|---|', '| id | path | integer |', '', '- **Auth:** JWT required; owner only', '- 404: Not Found', '**Error (404 Not Found):** `' + 'x'.repeat(50), '', 'GET '.repeat(40) + '/'.repeat(40), '**'.repeat(60), ''].join('\n');
    const time = (copies: number) => {
      const text = unit.repeat(copies);
      let best = Infinity;
      for (let i = 0; i < 3; i++) best = Math.min(best, readTimed(text));
      return best;
    };
    time(25);
    const small = time(100);
    const large = time(400);
    // Four times the input: linear gives about 4x; allow noise, reject quadratic (16x).
    assert.ok(large < small * 9, `100 copies: ${small.toFixed(1)} ms, 400 copies: ${large.toFixed(1)} ms`);
  });
});
