// The reader's parse in pieces gives the tree one parse gives, and the link
// pre-pass leaves links written as links alone: every spec of the repository
// (examples, starter templates, fixtures) and shapes chosen to cross a cut
// (fences and comments left open, lists, quotes, CRLF, lone CR, tabs, a
// byte order mark) parse to
// the same mdast, positions included, with pieces as short as the text allows.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';
import { defuseLinks, MAX_BRACKETS_PER_RUN } from '../../../src/core/reader/defuseLinks';
import { parseInPieces } from '../../../src/core/reader/pieces';

const whole = (text: string): Root => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const TRICKY: Record<string, string> = {
  'list, blank, heading': '- a\n- b\n\n## GET /x\n\n- c\n\n## GET /y\n',
  'fence left open before a heading': '# A\n\n```\ncode\n\n## not a heading\n\n```\n\n## B\n\ntext\n',
  'comment left open': '# A\n\n<!--\n\n## inside\n\n-->\n\n## B\n',
  'fence in a list item left open': '- a\n\n  ```\n  x\n\n## B\n\n```\n\n## C\n\n```\n\nend\n',
  'quote, blank, quote': '> a\n\n> b\n\n## H\n\n> c\n',
  'loose list across blanks': '- a\n\n- b\n\n- c\n\n## H\n',
  'CRLF': '# A\r\n\r\n- a\r\n\r\n## B\r\n\r\ntext\r\n\r\n## C\r\n',
  'lone CR': '# A\r\r- a\r\r## B\r\rtext\r\r## C\r',
  'tabs': '# A\n\n-\ta\n\n\tcode\n\n## B\n\n\t- x\n',
  'setext after a cut': '# A\n\npara\n===\n\n## B\n\nmore\n---\n',
  'html block then heading': '<div>\n\n## H\n\n</div>\n\n## I\n',
  'table then heading': '| a | b |\n|---|---|\n| 1 | 2 |\n\n## H\n\n| c |\n|---|\n| 3 |\n',
  'byte order mark': '\uFEFF# A\n\n- a\n\n## B\n\ntext\n',
  'definitions': '[x]: /u\n\n## H\n\nsee [x]\n\n## I\n\n[y]\n\n[y]: /v\n',
};

function assertSameTree(text: string, min: number, what: string): void {
  assert.deepEqual(parseInPieces(text, whole, min), whole(text), what);
}

describe('reader: parsing in pieces', () => {
  it('gives the tree of one parse for every spec in the repository, cut as finely as it can be', () => {
    const files = ['examples', 'specs-templates', 'test/fixtures'].flatMap(markdownUnder);
    assert.ok(files.length > 20, `${files.length} files`);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const min of [1, 64, 512]) assertSameTree(text, min, `${file} in pieces of ${min}`);
    }
  });

  it('gives the tree of one parse where a cut would split a fence, a comment, a list or a quote', () => {
    for (const [name, text] of Object.entries(TRICKY)) {
      for (const min of [1, 8]) assertSameTree(text, min, name);
      // Repeated, so the checks after each piece run many times in one file.
      assertSameTree(text.repeat(20), 1, `${name} x20`);
    }
  });

  it('cuts a long file of routes into pieces, and parses one with a definition in one go', () => {
    const routes = Array.from({ length: 400 }, (_, i) => `## GET /r${i}\n\nRead.\n\n- **Auth:** JWT\n`).join('\n');
    let calls = 0;
    const counting = (t: string) => (calls++, whole(t));
    assert.deepEqual(parseInPieces(routes, counting), whole(routes));
    assert.ok(calls > 1, `${calls} parses`);
    calls = 0;
    const withDefinition = `[spec]: https://example.com\n\n${routes}`;
    assert.deepEqual(parseInPieces(withDefinition, counting), whole(withDefinition));
    assert.equal(calls, 1);
  });
});

describe('reader: defusing link floods', () => {
  it('keeps specs in the repository and links written as links byte for byte', () => {
    const files = ['examples', 'specs-templates', 'test/fixtures'].flatMap(markdownUnder);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.equal(defuseLinks(text), text, file);
    }
    const links = Array.from({ length: 100 }, (_, i) => `- see [Task ${i}](#task-${i}) and [ref][r${i}]`).join('\n');
    assert.equal(defuseLinks(links), links);
    const paragraph = Array.from({ length: MAX_BRACKETS_PER_RUN / 4 }, (_, i) => `[a${i}](#x) [b](#y)`).join('\n');
    assert.equal(defuseLinks(paragraph), paragraph);
    const code = `\`\`\`json\n${'[1], '.repeat(5000)}\n\`\`\`\n`;
    assert.equal(defuseLinks(code), code, 'fenced code is not prose');
  });

  it('turns the brackets of a flooded run into parentheses, offsets kept, and leaves the next paragraph alone', () => {
    const flood = `${'[a]('.repeat(500)}\n\n[kept](#x)\n`;
    const out = defuseLinks(flood);
    assert.equal(out.length, flood.length);
    assert.equal(out, `${'(a)('.repeat(500)}\n\n[kept](#x)\n`);
    // Fewer brackets than the limit, but each `]` walks back to the paragraph's start.
    const closers = `${'see a]\n'.repeat(200)}\n- [item](#i)\n`;
    assert.equal(defuseLinks(closers), `${'see a)\n'.repeat(200)}\n- [item](#i)\n`);
    const nested = `${'['.repeat(200)}x${']'.repeat(200)}`;
    assert.equal(defuseLinks(nested), `${'('.repeat(200)}x${')'.repeat(200)}`);
  });
});
