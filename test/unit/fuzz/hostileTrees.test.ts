// Property: whatever the tree holds (symbolic-link cycles, links out of the
// workspace and out of the specs root, FIFOs, folders without permission),
// building the reference index ends, lists each real folder at most once
// (an operation count, not a time), never reads a file whose real place is
// outside the specs root under the root's name, and reports every locked
// folder it met as unreadable.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildIndex, crawlReport } from '../../../src/core/references';
import { listSpecFiles } from '../../../src/core/lint/discover';
import { treeHost, type TreeNode } from './treeHost';

const NAMES = ['specs', 'api', 'db', 'a', 'b', 'up', 'x.md', 'y.md'];

/** A random tree: paths built from a few names, each a folder, file, link, FIFO or locked folder. */
const treeArb = fc
  .array(
    fc.record({
      path: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }).map((p) => p.join('/')),
      node: fc.oneof(
        fc.constant<TreeNode>({ kind: 'dir' }),
        fc.constant<TreeNode>({ kind: 'dir', locked: true }),
        fc.constant<TreeNode>({ kind: 'file', text: '# T\n\nSee @specs/a/x.md and @specs/api/y.md#t\n' }),
        fc.constant<TreeNode>({ kind: 'fifo' }),
        fc.constant<TreeNode>({ kind: 'link', target: null }),
        fc.array(fc.constantFrom(...NAMES), { minLength: 0, maxLength: 3 }).map((p): TreeNode => ({ kind: 'link', target: p.join('/') })),
      ),
    }),
    { maxLength: 30 },
  )
  .map((entries) => {
    const nodes = new Map<string, TreeNode>();
    for (const { path, node } of entries) {
      // Every ancestor is a folder, as on a disk; a later entry does not replace an earlier ancestor.
      const parts = path.split('/');
      let ok = true;
      for (let i = 1; i < parts.length; i++) {
        const a = parts.slice(0, i).join('/');
        const existing = nodes.get(a);
        if (existing && existing.kind !== 'dir') ok = false;
        if (!existing) nodes.set(a, { kind: 'dir' });
      }
      if (ok && !nodes.has(path)) nodes.set(path, node);
    }
    nodes.set('specs', nodes.get('specs')?.kind === 'dir' ? (nodes.get('specs') as TreeNode) : { kind: 'dir' });
    return nodes;
  });

describe('fuzz: hostile trees', function () {
  this.timeout(60000);

  it('the crawl ends, lists each real folder at most once, reads nothing outside the specs root under its name, and reports locked folders', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, async (nodes) => {
        const host = treeHost(nodes);
        const index = await buildIndex(host, { specsRoot: 'specs' });
        const report = crawlReport(index);
        const realFolders = [...nodes.values()].filter((n) => n.kind === 'dir').length + 1;
        // `first` (the specs root) may be listed once more than the real folders when it is a link.
        assert.ok(host.listings <= realFolders + 1, `${host.listings} listings for ${realFolders} folders`);
        const realRoot = await host.realPath('specs');
        for (const r of host.reads.filter((x) => x.read && (x.path === 'specs' || x.path.startsWith('specs/')))) {
          const real = await host.realPath(r.path);
          assert.ok(typeof real === 'string' && typeof realRoot === 'string' && (real === realRoot || real.startsWith(`${realRoot}/`)), `read ${r.path} -> ${String(real)}`);
        }
        for (const u of report.unreadable) assert.equal(await host.unreadable?.(u.path), 'permission denied', u.path);
        // The API lint's discovery goes through the same walker and ends too.
        await listSpecFiles(host, 'specs');
      }),
      { numRuns: 300 },
    );
  });

  it('two links up (docs/a/up -> docs, docs/c/up -> docs) are crawled once', async () => {
    const nodes = new Map<string, TreeNode>([
      ['docs', { kind: 'dir' }],
      ['docs/a', { kind: 'dir' }],
      ['docs/c', { kind: 'dir' }],
      ['docs/a/up', { kind: 'link', target: 'docs' }],
      ['docs/c/up', { kind: 'link', target: 'docs' }],
      ['docs/a/n.md', { kind: 'file', text: '@specs/gone.md\n' }],
      ['specs', { kind: 'dir' }],
    ]);
    const host = treeHost(nodes);
    const index = await buildIndex(host, { specsRoot: 'specs' });
    assert.deepEqual(host.reads.filter((r) => r.read).map((r) => r.path), ['docs/a/n.md']);
    assert.ok(host.listings <= 5, String(host.listings));
    assert.deepEqual(crawlReport(index).warnings, []);
  });

  it('a tree deeper or wider than the limits stops with a warning', async () => {
    const nodes = new Map<string, TreeNode>([['specs', { kind: 'dir' }]]);
    let path = 'deep';
    for (let i = 0; i < 40; i++) {
      nodes.set(path, { kind: 'dir' });
      path += '/d';
    }
    const report = crawlReport(await buildIndex(treeHost(nodes), { specsRoot: 'specs' }));
    assert.ok(report.warnings.some((w) => /deeper than 32 levels/.test(w)), report.warnings.join('\n'));
  });

  it('a locked spec file and a locked folder are reported as unreadable', async () => {
    const nodes = new Map<string, TreeNode>([
      ['specs', { kind: 'dir' }],
      ['specs/db', { kind: 'dir' }],
      ['specs/db/models.md', { kind: 'file', text: '# M\n', locked: true }],
      ['backend', { kind: 'dir', locked: true }],
    ]);
    const report = crawlReport(await buildIndex(treeHost(nodes), { specsRoot: 'specs' }));
    assert.deepEqual(report.unreadable.map((u) => u.path).sort(), ['backend', 'specs/db/models.md']);
  });
});
