// The Initialize Specs flow with the editor faked (src/vscode/initializeFlow.ts):
// the trust guard, the folder choice in multi-root workspaces, one edit for
// all files, the messages and the README opened. The integration tests run
// in a trusted code-server workspace only, so untrusted mode is checked here.
import { strict as assert } from 'node:assert';
import { initializeSpecs, type InitializeDeps } from '../../../src/vscode/initializeFlow';
import { memoryHost } from '../references/memoryHost';

const TEMPLATES = new Map([
  ['api/README.md', '# API\n'],
  ['db/models.md', '# Models\n'],
]);

function fake(over: Partial<InitializeDeps<string>> = {}, files: Record<string, string> = {}) {
  const calls = { edits: [] as Array<{ folder: string; paths: string[] }>, opened: [] as string[], info: [] as string[], warn: [] as string[], picked: 0, readTemplates: 0 };
  const deps: InitializeDeps<string> = {
    isTrusted: () => true,
    folders: () => ['app'],
    pickFolder: async () => (calls.picked++, 'api'),
    folderName: (f) => f,
    specsRoot: async () => 'specs',
    readTemplates: async () => (calls.readTemplates++, TEMPLATES),
    host: () => memoryHost(files),
    createFiles: async (folder, created) => (calls.edits.push({ folder, paths: created.map((c) => c.path) }), true),
    open: async (folder, path) => void calls.opened.push(`${folder}:${path}`),
    info: (m) => void calls.info.push(m),
    warn: (m) => void calls.warn.push(m),
    ...over,
  };
  return { deps, calls };
}

describe('Initialize Specs flow', () => {
  it('in an untrusted workspace says so plainly and reads and writes nothing', async () => {
    const f = fake({ isTrusted: () => false });
    assert.deepEqual(await initializeSpecs(f.deps), { initialized: false, reason: 'untrusted' });
    assert.deepEqual([f.calls.edits, f.calls.opened, f.calls.readTemplates], [[], [], 0]);
    assert.deepEqual(f.calls.warn, ['Spec Architect: Initialize Specs writes files, so it runs only in a trusted workspace. Trust this workspace to use it. Nothing was written.']);
  });

  it('creates the missing files in one edit, lists created and skipped files, and opens the API README', async () => {
    const f = fake({}, { 'specs/db/models.md': 'mine' });
    const result = await initializeSpecs(f.deps);
    assert.deepEqual(result, { initialized: true, specsRoot: 'specs', created: ['specs/api/README.md'], skipped: ['specs/db/models.md'], refused: [] });
    assert.deepEqual(f.calls.edits, [{ folder: 'app', paths: ['specs/api/README.md'] }]);
    assert.deepEqual(f.calls.info, ['Spec Architect: Initialize Specs created specs/api/README.md; skipped (already there, left as they were) specs/db/models.md.']);
    assert.deepEqual(f.calls.opened, ['app:specs/api/README.md']);
  });

  it('asks which folder in a multi-root workspace, and stops when the question is dismissed', async () => {
    const f = fake({ folders: () => ['app', 'api'] });
    await initializeSpecs(f.deps);
    assert.equal(f.calls.picked, 1);
    assert.equal(f.calls.edits[0]?.folder, 'api');
    const cancelled = fake({ folders: () => ['app', 'api'], pickFolder: async () => undefined });
    assert.deepEqual(await initializeSpecs(cancelled.deps), { initialized: false, reason: 'cancelled' });
    assert.deepEqual(cancelled.calls.edits, []);
  });

  it('writes nothing when the specs root leads outside the folder, when the templates are missing, or when the edit is refused', async () => {
    const outside = fake({ specsRoot: async () => '../elsewhere' });
    assert.equal((await initializeSpecs(outside.deps)).reason, 'outside-root');
    assert.deepEqual(outside.calls.edits, []);
    const noTemplates = fake({ readTemplates: async () => { throw new Error('ENOENT'); } });
    assert.equal((await initializeSpecs(noTemplates.deps)).reason, 'no-templates');
    assert.match(noTemplates.calls.warn[0] ?? '', /specs-templates\/\) are missing/);
    const refused = fake({ createFiles: async () => false });
    assert.equal((await initializeSpecs(refused.deps)).reason, 'edit-failed');
    assert.deepEqual(refused.calls.opened, []);
  });
});
