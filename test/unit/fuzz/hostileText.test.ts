// Hostile text, scaled: each shape of the scaling report (bench/hostileShapes)
// that goes through the reference index is read at 16x and 64x, and the time
// ratio between the sizes must stay below 6 (linear gives about 4, the
// quadratic readings these shapes once had gave 16 or more; the glob once
// grew exponentially). Timed in turns by ./scaling, so a busy machine does not fail it:
// no wall-clock bound, only the ratio.
import { strict as assert } from 'node:assert';
import { SHAPES, runShape } from '../../../bench/hostileShapes';
import { compileGlob } from '../../../src/core/paths';
import { matchRouteLine, routeKey } from '../../../src/core/routeGrammar';
import { ratioUnder } from './scaling';

describe('fuzz: hostile text scales linearly', function () {
  this.timeout(120000);
  for (const shape of SHAPES.filter((s) => s.check === 'references')) {
    it(`${shape.name}: 64x costs less than 6 times 16x`, async () => {
      await runShape(shape, 4); // warm up the code paths (sizes large enough that a step is tens of ms)
      const t = await ratioUnder(6, () => runShape(shape, 16), () => runShape(shape, 64));
      assert.ok(t.ratio < 6, `16x ${t.small.toFixed(2)} ms, 64x ${t.large.toFixed(2)} ms`);
    });
  }

  it('the glob matcher agrees with the regular expression it replaces on small random globs and paths', () => {
    const alphabet = ['a', 'e', '/', '*', '.', '?'];
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const word = (max: number) => Array.from({ length: next() % max }, () => alphabet[next() % alphabet.length]).join('');
    // The old translation: `**/` any folders, `**` any run, `*` within a segment, `?` one character.
    const reference = (glob: string) => {
      let out = '';
      for (let i = 0; i < glob.length; i++) {
        const c = glob.charAt(i);
        if (c === '*' && glob.charAt(i + 1) === '*') {
          let j = i + 2;
          while (glob.charAt(j) === '*') j++;
          out += glob.charAt(j) === '/' ? '(?:.*/)?' : '.*';
          i = glob.charAt(j) === '/' ? j : j - 1;
        } else if (c === '*') out += '[^/]*';
        else if (c === '?') out += '[^/]';
        else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
      }
      return new RegExp(`^${out}$`);
    };
    for (let n = 0; n < 5000; n++) {
      const glob = word(8);
      const path = word(10).replace(/[*?]/g, 'a');
      assert.equal(compileGlob(glob).test(path), reference(glob).test(path), `${glob} vs ${path}`);
    }
  });

  it('route keys and route lines agree with the expressions they replace on small random paths', () => {
    const alphabet = ['a', '{', '}', '/', ':', '?', '.', ';', 'b_'];
    let seed = 29;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const word = (max: number) => Array.from({ length: next() % max }, () => alphabet[next() % alphabet.length]).join('');
    const reference = (method: string, path: string) =>
      `${method.toUpperCase()} ${path.split('?')[0]?.replace(/:([A-Za-z_]\w*)/g, '{$1}').replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '') || '/'}`;
    for (let n = 0; n < 5000; n++) {
      const path = `/${word(10)}`;
      assert.equal(routeKey('get', path), reference('get', path), path);
      const line = `## GET ${path.replace(/\?/g, '')}`;
      const read = matchRouteLine(line);
      if (read) assert.equal(read.path, (/^## GET (\S*)/.exec(line)?.[1] ?? '').replace(/(?<=.)[:.,;]+$/, '').replace(/:([A-Za-z_]\w*)/g, '{$1}'), line);
    }
  });
});
