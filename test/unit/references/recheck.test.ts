import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildIndex, diagnoseFile, diagnoseWorkspace, filesToRecheck, type ReferenceIndex } from '../../../src/core/references';
import type { Finding } from '../../../src/core/diagnostics/finding';
import { memoryHost } from './memoryHost';

// Keeping diagnostics current by re-checking only what filesToRecheck names
// must give what a fresh index gives, after any sequence of edits.

const SPECS = ['specs/a/one.md', 'specs/a/two.md', 'specs/b/three.md', 'specs/c/four.md'];
const NOTES = ['CLAUDE.md', 'src/app.py', 'specs/notes.md'];
const HEADINGS = ['Intro', 'Usage', 'Setup', 'Data model', 'GET /api/x'];
const TOKENS = [
  '@specs/a/one.md#intro', '@specs/a/one#usage', '@specs/a/two.md#setup', '@specs/b/three.md#data-model',
  '@specs/c/four.md#intro', '@specs/a/one.md', '@specs/a/', '@specs/a/*.md', '@specs/c/', '@specs/b/t*',
  '@specs/a/one.md#intro GET /api/x', '@specs/a/ GET /api/x', '@specs/./a/one.md#usage', '@specs/A/one.md', '@specs/a/on.md',
];

type Op =
  | { kind: 'spec'; path: string; headings: string[]; tokens: string[] }
  | { kind: 'note'; path: string; tokens: string[] }
  | { kind: 'remove'; path: string };

const tokens = fc.array(fc.constantFrom(...TOKENS), { maxLength: 4 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('spec' as const), path: fc.constantFrom(...SPECS), headings: fc.subarray(HEADINGS), tokens }),
  fc.record({ kind: fc.constant('note' as const), path: fc.constantFrom(...NOTES), tokens }),
  fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...SPECS, ...NOTES, 'specs/a', 'specs/b') }),
);

function specText(headings: string[], refs: string[]): string {
  return `# Title\n\n${headings.map((h) => `## ${h}\n\nText.\n`).join('\n')}\n${refs.join('\n')}\n`;
}

function byFile(findings: Finding[]): Record<string, Finding[]> {
  const out: Record<string, Finding[]> = {};
  for (const f of findings) (out[f.file] ??= []).push(f);
  return out;
}

function current(index: ReferenceIndex, kept: Map<string, Finding[]>): Record<string, Finding[]> {
  const out: Record<string, Finding[]> = {};
  for (const [file, findings] of kept) if (findings.length && index.tokensOf(file).length) out[file] = findings;
  return out;
}

describe('references: re-checking only the files a change can affect', () => {
  it('after random edits, kept diagnostics equal a fresh index of the same files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        // Folders stay when their files go, as on disk: a kept file in each stands for that.
        const files: Record<string, string> = {
          'specs/a/.keep': '', 'specs/b/.keep': '', 'specs/c/.keep': '',
          'specs/a/one.md': specText(['Intro', 'Usage'], ['@specs/b/three.md#setup']),
          'specs/b/three.md': specText(['Setup', 'Data model'], []),
          'CLAUDE.md': '@specs/a/one.md#intro and @specs/b/three.md#setup\n',
        };
        const index = await buildIndex(memoryHost(files), { specsRoot: 'specs' });
        const kept = new Map<string, Finding[]>();
        for (const f of index.filesWithTokens()) kept.set(f, diagnoseFile(index, f));
        for (const o of ops) {
          let change;
          if (o.kind === 'remove') {
            for (const p of Object.keys(files)) if (p === o.path || p.startsWith(`${o.path}/`)) delete files[p];
            for (const p of [...kept.keys()]) if (p === o.path || p.startsWith(`${o.path}/`)) kept.delete(p);
            change = index.remove(o.path);
          } else {
            const text = o.kind === 'spec' ? specText(o.headings, o.tokens) : `${o.tokens.join(' and ')}\n`;
            files[o.path] = text;
            change = index.update(o.path, text);
          }
          const recheck = filesToRecheck(index, o.path, change);
          if (recheck.all) kept.clear();
          for (const f of recheck.files) kept.set(f, diagnoseFile(index, f));
        }
        const fresh = diagnoseWorkspace(await buildIndex(memoryHost(files), { specsRoot: 'specs' }));
        assert.deepEqual(current(index, kept), byFile(fresh));
      }),
      { numRuns: 300, seed: 4 },
    );
  });

  it('a changed heading re-checks the files that anchor to that spec, and nothing else', async () => {
    const files = {
      'specs/a/one.md': '# One\n\n## Intro\n',
      'specs/b/three.md': '# Three\n',
      'CLAUDE.md': '@specs/a/one#intro\n',
      'src/app.py': '# @specs/b/three.md\n',
    };
    const index = await buildIndex(memoryHost(files), { specsRoot: 'specs' });
    const change = index.update('specs/a/one.md', '# One\n\n## Overview\n');
    assert.deepEqual(change, { structure: false, declarations: 'a/one.md' });
    assert.deepEqual(filesToRecheck(index, 'specs/a/one.md', change).files.sort(), ['CLAUDE.md', 'specs/a/one.md']);
    assert.deepEqual(diagnoseFile(index, 'CLAUDE.md').map((f) => f.code), ['ref.no-such-heading']);
    assert.deepEqual(index.update('specs/a/one.md', '# One\n\nMore text.\n\n## Overview\n'), { structure: false });
    assert.equal(filesToRecheck(index, 'specs/x.md', index.update('specs/x.md', '# X\n')).all, true);
  });
});
