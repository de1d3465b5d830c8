// The benchmark's claims rest on the generator: these tests re-resolve every
// token and link it wrote, independently of its own bookkeeping, and check
// that the broken ones are exactly what it says, kind by kind.
import assert from 'node:assert/strict';
import { generateWorkspace, slugOf } from '../../../bench/generator';
import type { SyntheticWorkspace } from '../../../bench/generator';
import { BROKEN_KINDS } from '../../../bench/references';

const OPTIONS = { files: 300, refs: 3000, brokenPerKind: 7, largeFileLines: 600, seed: 7 };

/** Headings' slugs by workspace path. */
function slugsByFile(workspace: SyntheticWorkspace): Map<string, Set<string>> {
  const slugs = new Map<string, Set<string>>();
  for (const [path, text] of workspace.tokenFiles) {
    slugs.set(path, new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugOf(m[1] ?? ''))));
  }
  return slugs;
}

/** Classifies one `@specs/` target the way the product's grammar defines it. */
function classifyToken(target: string, slugs: Map<string, Set<string>>): string {
  const [path = '', anchor] = target.split('#');
  if (path.startsWith('../')) return 'outside-root';
  const files = [...slugs.keys()];
  if (path.endsWith('/')) return files.some((f) => f.startsWith(`specs/${path}`)) ? 'valid' : 'no-such-folder';
  if (path.includes('*')) {
    const pattern = new RegExp(`^specs/${path.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
    return files.some((f) => pattern.test(f)) ? 'valid' : 'glob-no-match';
  }
  const file = `specs/${path.endsWith('.md') ? path : `${path}.md`}`;
  const headings = slugs.get(file);
  if (!headings) return files.some((f) => f.toLowerCase() === file.toLowerCase()) ? 'case-mismatch' : 'no-such-file';
  if (anchor !== undefined && !headings.has(anchor)) return 'no-such-heading';
  return 'valid';
}

function tally(kinds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

describe('bench: synthetic workspace generator', () => {
  const workspace = generateWorkspace(OPTIONS);
  const slugs = slugsByFile(workspace);

  it('writes the requested number of files, the same paths in both forms', () => {
    assert.equal(workspace.tokenFiles.size, OPTIONS.files);
    assert.deepEqual([...workspace.linkFiles.keys()], [...workspace.tokenFiles.keys()]);
  });

  it('gives the large file the requested number of lines', () => {
    const text = workspace.tokenFiles.get(workspace.largeFile) ?? '';
    assert.equal(text.split('\n').length - 1, OPTIONS.largeFileLines);
  });

  it('writes exactly the claimed number of broken tokens of each kind, and every other token resolves', () => {
    const targets = [...workspace.tokenFiles.values()].flatMap((text) => [...text.matchAll(/@specs\/([\w\-./*]+(?:#[\w-]+)?)/g)].map((m) => m[1] ?? ''));
    assert.equal(targets.length, OPTIONS.refs);
    const found = tally(targets.map((t) => classifyToken(t, slugs)));
    for (const kind of BROKEN_KINDS) assert.equal(found[kind], OPTIONS.brokenPerKind, `broken tokens of kind ${kind}`);
    assert.equal(found.valid, OPTIONS.refs - OPTIONS.brokenPerKind * BROKEN_KINDS.length);
    assert.deepEqual(
      Object.fromEntries(BROKEN_KINDS.map((k) => [k, workspace.countsByKind[k]])),
      Object.fromEntries(BROKEN_KINDS.map((k) => [k, OPTIONS.brokenPerKind])),
    );
  });

  it('writes the same number of links, broken exactly where the tokens are broken', () => {
    const targets = [...workspace.linkFiles.values()].flatMap((text) => [...text.matchAll(/\]\(\.\.\/([^)]+)\)/g)].map((m) => m[1] ?? ''));
    assert.equal(targets.length, OPTIONS.refs);
    const broken = targets.filter((target) => {
      const [path = '', anchor] = target.split('#');
      if (path.endsWith('/')) return ![...slugs.keys()].some((f) => f.startsWith(`specs/${path}`));
      const headings = slugs.get(`specs/${path.endsWith('.md') ? path : `${path}.md`}`);
      return !headings || (anchor !== undefined && !headings.has(anchor));
    });
    assert.equal(broken.length, OPTIONS.brokenPerKind * BROKEN_KINDS.length);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    const again = generateWorkspace(OPTIONS);
    assert.deepEqual([...again.tokenFiles], [...workspace.tokenFiles]);
    const other = generateWorkspace({ ...OPTIONS, seed: 8 });
    assert.notDeepEqual([...other.tokenFiles], [...workspace.tokenFiles]);
  });

  it('refuses options that cannot hold the broken references', () => {
    assert.throws(() => generateWorkspace({ ...OPTIONS, refs: 10 }), /cannot hold 7 broken references/);
  });
});
