import { strict as assert } from 'node:assert';
import { buildIndex, diagnoseFile, diagnoseWorkspace } from '../../../src/core/references';
import { memoryHost } from './memoryHost';

const SPECS: Record<string, string> = {
  'specs/db/models.md': '# Models\n\n## Task\n\nA task.\n\n## User\n\nA user.\n\n## TaskForm\n',
  'specs/api/tasks.md': '# Tasks API\n\n## GET /api/tasks\n\n## GET /api/tasks/{task_id}\n\n- `POST /api/tasks`\n',
  'specs/features/auth/spec.md': '# Auth\n',
  'specs/features/billing-v2.md': '# Billing\n',
  'specs/openapi.yaml': 'openapi: 3.1.0\n',
};

async function check(line: string, options = {}, extra: Record<string, string> = {}, links: Record<string, string | null> = {}) {
  const host = memoryHost({ ...SPECS, ...extra, 'CLAUDE.md': line }, links);
  const index = await buildIndex(host, { specsRoot: 'specs' });
  return { findings: diagnoseFile(index, 'CLAUDE.md', options), host, index };
}
const codes = async (line: string, options = {}) => (await check(line, options)).findings.map((f) => f.code);

describe('references diagnostics: resolution', () => {
  it('accepts files, .md left out, folders, globs, headings by slug or text, and non-markdown files', async () => {
    assert.deepEqual(await codes('@specs/db/models.md @specs/db/models @specs/features/ @specs/features @specs/api/*.md @specs/feat* @specs/db/models.md#task @specs/db/models#TaskForm @specs/db/models.md#taskform @specs/openapi.yaml @specs/features/auth/spec'), []);
  });

  it('ref.no-such-file names the token and suggests the closest file, .md added and a feature folder spec.md', async () => {
    const { findings } = await check('@specs/db/modles.md and @specs/features/auth.md and @specs/features/billing.md');
    assert.deepEqual(findings.map((f) => f.code), ['ref.no-such-file', 'ref.no-such-file', 'ref.no-such-file']);
    assert.match(findings[0]?.message ?? '', /@specs\/db\/modles\.md.*Did you mean @specs\/db\/models\.md\?/);
    assert.equal(findings[0]?.fixes?.[0]?.edits[0]?.newText, 'db/models.md');
    assert.equal(findings[1]?.fixes?.[0]?.edits[0]?.newText, 'features/auth/spec.md');
    assert.equal(findings[2]?.fixes?.[0]?.edits[0]?.newText, 'features/billing-v2.md');
    assert.deepEqual([findings[0]?.range.start.character, findings[0]?.range.end.character], [0, 19]);
  });

  it('offers to create a missing file from the template', async () => {
    const { findings } = await check('@specs/features/search', { template: (p: string) => `# template for ${p}\n` });
    const create = findings[0]?.fixes?.find((f) => f.createFiles);
    assert.deepEqual(create?.createFiles, [{ file: 'specs/features/search.md', content: '# template for features/search.md\n' }]);
  });

  it('ref.no-such-folder for a missing folder written with /', async () => {
    assert.deepEqual(await codes('@specs/featurs/'), ['ref.no-such-folder']);
  });

  it('ref.no-such-heading with the closest heading as the fix', async () => {
    const { findings } = await check('@specs/db/models.md#taks');
    assert.equal(findings[0]?.code, 'ref.no-such-heading');
    assert.equal(findings[0]?.fixes?.[0]?.edits[0]?.newText, 'task');
  });

  it('ref.glob-no-match when a glob matches nothing', async () => {
    assert.deepEqual(await codes('@specs/api/*.yaml @specs/zzz*'), ['ref.glob-no-match', 'ref.glob-no-match']);
  });

  it('ref.case-mismatch when only the case differs', async () => {
    assert.deepEqual(await codes('@specs/DB/models.md @specs/db/Models @specs/Features/'), ['ref.case-mismatch', 'ref.case-mismatch', 'ref.case-mismatch']);
  });

  it('ref.no-such-route when the spec does not declare the route; {param} names do not matter', async () => {
    assert.deepEqual(await codes('# Per @specs/api/tasks.md GET /api/tasks/{id}\n# Per @specs/api/tasks.md POST /api/tasks\n# Per @specs/api/tasks.md DELETE /api/tasks/{id}'), ['ref.no-such-route']);
    assert.deepEqual(await codes('@specs/api/ GET /api/tasks and @specs/api/*.md PUT /api/x'), ['ref.no-such-route']);
  });

  it('skips tokens in code only when checkCodeBlocks is off', async () => {
    const text = '`@specs/nope.md`\n```\n@specs/nope2.md\n```\n@specs/nope3.md';
    assert.equal((await codes(text)).length, 3);
    assert.deepEqual(await codes(text, { checkCodeBlocks: false }), ['ref.no-such-file']);
  });

  it('applies severity overrides and turns codes off', async () => {
    const { findings } = await check('@specs/DB/models.md @specs/nope.md', { severity: { 'ref.case-mismatch': 'error', 'ref.no-such-file': 'off' } });
    assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['ref.case-mismatch', 'error']]);
  });

  it('resolves against the root specs/ from files in any folder', async () => {
    const host = memoryHost({ ...SPECS, 'backend/app/CLAUDE.md': '@specs/db/models.md @specs/nope.md', 'backend/app/x.py': '# @specs/db/models.md#user' });
    const findings = diagnoseWorkspace(await buildIndex(host, { specsRoot: 'specs' }));
    assert.deepEqual(findings.map((f) => [f.file, f.code]), [['backend/app/CLAUDE.md', 'ref.no-such-file']]);
  });

  it('reports every finding of a file with hundreds of thousands of broken tokens', async () => {
    // Spreading that many findings into one push() overflowed the call stack.
    const host = memoryHost({ ...SPECS, 'NOTES.md': '@specs/nope.md\n'.repeat(300_000) });
    const findings = diagnoseWorkspace(await buildIndex(host, { specsRoot: 'specs' }));
    assert.equal(findings.length, 300_000);
  });
});

describe('references diagnostics: the specs root is never left', () => {
  it('ref.outside-root for .., absolute paths, backslashes and encoded separators', async () => {
    assert.deepEqual(await codes('@specs/../secrets.md @specs/db/../../x.md @specs//etc/passwd @specs/db\\models.md @specs/..%2Fsecret.md @specs/%2e%2e/x'),
      Array(6).fill('ref.outside-root'));
  });

  it('ref.outside-root for a symlink leaving the root, whose target is never read', async () => {
    const { findings, host } = await check('@specs/linked/secret.md @specs/linked/ @specs/escape.md', {}, { 'outside/secret.md': '# Secret\n' }, { 'specs/linked': 'outside', 'specs/escape.md': null });
    assert.deepEqual(findings.map((f) => f.code), ['ref.outside-root', 'ref.outside-root', 'ref.outside-root']);
    assert.ok(!host.reads.some((p) => p.startsWith('specs/linked') || p === 'specs/escape.md'), host.reads.join(', '));
  });

  it('reads only files under the specs root for resolution, whatever the tokens say', async () => {
    const { host } = await check('@specs/../outside/secret.md', {}, { 'outside/secret.md': '# s\n' });
    assert.ok(!host.reads.includes('../outside/secret.md'));
  });
});
