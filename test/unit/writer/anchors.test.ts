// Every anchor the writer emits (the README's route index, its link to the
// status codes, and every @specs/ token it writes into the API files) must
// resolve through the references index to the heading it means: one GitHub
// slug for the writer and the index.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildIndex, resolveToken, scanTokens } from '../../../src/core/references';
import { writeApiSpecs } from '../../../src/core/writer';
import { arbitraryDesign } from '../../support/designArbitrary';
import { memoryHost } from '../references/memoryHost';

/** The README's route index rows: `| METHOD | path | purpose | file.md#anchor |`. */
function indexLinks(readme: string): Array<{ route: string; target: string }> {
  const out: Array<{ route: string; target: string }> = [];
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const target = cells[4];
    if (cells.length >= 6 && target && /\.md#/.test(target)) out.push({ route: `${cells[1]} ${(cells[2] ?? '').replace(/\\/g, '')}`, target: target.replace(/\\/g, '') });
  }
  return out;
}

describe('writer anchors resolve through the references index', () => {
  it('every route link of the README and every @specs/ token into api/ points at its heading, for generated designs', async () => {
    await fc.assert(fc.asyncProperty(arbitraryDesign(), async (design) => {
      const files = Object.fromEntries(writeApiSpecs(design, { specsRoot: 'specs' }).map((f) => [f.path, f.text]));
      const index = await buildIndex(memoryHost(files), { specsRoot: 'specs' });
      const readme = files['specs/api/README.md'] ?? '';
      for (const link of indexLinks(readme)) {
        const [token] = scanTokens(`@specs/api/${link.target}\n`, 'check.md');
        assert.ok(token, link.target);
        const r = resolveToken(index, token);
        assert.equal(r.kind, 'file', `${link.target}: ${JSON.stringify(r)}`);
        if (r.kind !== 'file') return;
        assert.equal(r.heading?.text.replace(/`/g, ''), link.route, `${link.target} resolves to another heading`);
      }
      for (const [path, text] of Object.entries(files)) {
        for (const token of scanTokens(text, path)) {
          if (!token.path.startsWith('api/') || token.anchor === undefined) continue;
          const r = resolveToken(index, token);
          assert.ok(r.kind === 'file' && r.heading, `${path}: @specs/${token.path}#${token.anchor} does not resolve: ${JSON.stringify(r)}`);
        }
      }
    }), { numRuns: 150, seed: 20261201 });
  });
});
