import { strict as assert } from 'node:assert';
import { scanTokens } from '../../../src/core/references/scanner';

const paths = (text: string, file = 'notes.md'): string[] => scanTokens(text, file).map((t) => t.text);

describe('references scanner: token shapes', () => {
  it('reads a file, a file without .md, a folder with and without /, a glob and a heading', () => {
    assert.deepEqual(
      paths('@specs/db/models.md @specs/db/models @specs/features/ @specs/features @specs/api/*.md @specs/auth* @specs/db/models.md#task'),
      ['@specs/db/models.md', '@specs/db/models', '@specs/features/', '@specs/features', '@specs/api/*.md', '@specs/auth*', '@specs/db/models.md#task'],
    );
  });

  it('splits path and anchor and gives exact ranges', () => {
    const [t] = scanTokens('line one\n  see @specs/db/models.md#Task-Form.', 'a.md');
    assert.ok(t);
    assert.equal(t.path, 'db/models.md');
    assert.equal(t.anchor, 'Task-Form');
    assert.deepEqual([t.range.start.line, t.range.start.character, t.range.end.character], [1, 6, 35]);
    assert.deepEqual([t.pathRange.start.character, t.pathRange.end.character], [13, 25]);
  });

  it('starts after whitespace or ( [ ` " \' < * and at the start of a line', () => {
    assert.equal(paths('@specs/a (@specs/b) [@specs/c] `@specs/d` "@specs/e" \'@specs/f\' <@specs/g> *@specs/h*').length, 8);
  });

  it('leaves trailing punctuation, backticks, \\r and string escapes out of the token', () => {
    assert.deepEqual(paths('See @specs/a.md. Or @specs/b.md, @specs/c.md; @specs/d.md: (@specs/e.md) [@specs/f.md] @specs/g.md! @specs/h.md?'),
      ['@specs/a.md', '@specs/b.md', '@specs/c.md', '@specs/d.md', '@specs/e.md', '@specs/f.md', '@specs/g.md', '@specs/h.md']);
    assert.deepEqual(paths('`@specs/a.md`\r\n@specs/b.md\r\n'), ['@specs/a.md', '@specs/b.md']);
    assert.deepEqual(paths('{"prompt": "read @specs/api/tasks.md\\nthen @specs/db/models.md\\" ok"}', 'x.json'), ['@specs/api/tasks.md', '@specs/db/models.md']);
  });

  it('keeps a route written after the token on the same line', () => {
    const [t] = scanTokens('# Per @specs/api/tasks.md GET /api/tasks/{task_id}.\n', 'app.py');
    assert.equal(t?.route?.method, 'GET');
    assert.equal(t?.route?.path, '/api/tasks/{task_id}');
    assert.equal(scanTokens('@specs/api/tasks.md\nGET /api/tasks', 'a.md')[0]?.route, undefined);
  });

  it('marks tokens in fenced code blocks and inline code of markdown files', () => {
    const tokens = scanTokens('prose @specs/a.md `@specs/b.md`\n```\n@specs/c.md\n```\n~~~\n@specs/d.md\n~~~\n@specs/e.md\n', 'x.md');
    assert.deepEqual(tokens.map((t) => [t.path, t.code]), [['a.md', undefined], ['b.md', 'inline'], ['c.md', 'fence'], ['d.md', 'fence'], ['e.md', undefined]]);
    assert.equal(scanTokens('x = "`@specs/a.md`"', 'x.py')[0]?.code, undefined);
  });
});

describe('references scanner: what is not a token', () => {
  it('ignores emails and @specs/ after a letter, digit, dot, slash or @', () => {
    assert.deepEqual(paths('me@specs/x a1@specs/y .@specs/z specs/@specs/x @@specs/w'), []);
  });

  it('ignores placeholders and a bare @specs/ in prose', () => {
    assert.deepEqual(paths('@specs/features/[feature].md @specs/features/\\[name\\].md @specs/{area}/spec.md @specs/phase-<N>/spec.md; read everything under @specs/ first.'), []);
  });

  it('ignores npm scopes, package manifests, lockfiles and import specifiers', () => {
    assert.deepEqual(paths('npm install @specs/cli', 'README.md'), []);
    assert.deepEqual(paths('use @specs/cli@1.2.0 here'), []);
    assert.deepEqual(paths('{"dependencies": {"@specs/cli": "1.0.0"}}', 'package.json'), []);
    assert.deepEqual(paths('"@specs/cli@1.0.0":\n  version "1.0.0"', 'yarn.lock'), []);
    assert.deepEqual(paths('/@specs/cli@1.0.0:\n', 'pnpm-lock.yaml'), []);
    assert.deepEqual(paths("import x from '@specs/cli';\nconst y = require(\"@specs/core\");\nawait import('@specs/lazy');", 'a.ts'), []);
  });

  it('ignores decorators', () => {
    assert.deepEqual(paths('@specs(\'x\')\ndef f(): pass\n@specs.route("/a")', 'a.py'), []);
  });

  it('ignores package.json wherever it is', () => {
    assert.deepEqual(paths('"see @specs/db/models.md"', 'web/package.json'), []);
  });
});
