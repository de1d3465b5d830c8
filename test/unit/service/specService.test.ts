import { strict as assert } from 'node:assert';
import { lintApiWorkspace } from '../../../src/core/lint';
import { buildIndex, diagnoseWorkspace } from '../../../src/core/references';
import { createSpecService } from '../../../src/core/service';
import { defaultSettings, type SpecSettings } from '../../../src/core/settings';
import type { Finding } from '../../../src/core/diagnostics/finding';
import { memoryHost } from '../references/memoryHost';

const TASKS = [
  '# Tasks API',
  '',
  'Rows are owned by a user: see @specs/db/models.md#task.',
  '',
  '## GET /api/tasks',
  '',
  'List the current user\'s tasks.',
  '',
  '- **Auth:** JWT required; only the caller\'s own tasks',
  '- **Response 200:** `TaskList`',
  '- **Errors:** 401, 422',
  '',
].join('\n');

const NOTES = [
  '# Notes API',
  '',
  '## GET /api/notes',
  '',
  'List the notes.',
  '',
  '- **Auth:** JWT required',
  '- **Response 200:** `NoteList`',
  '- **Errors:** 401',
  '',
].join('\n');

const MODELS = '# Models\n\n## Task\n\n| Column | Type |\n|---|---|\n| id | int |\n| user_id | int |\n';

function workspace(): Record<string, string> {
  return {
    'specs/api/tasks.md': TASKS,
    'specs/api/notes.md': NOTES,
    'specs/db/models.md': MODELS,
    'CLAUDE.md': 'Read @specs/api/tasks.md#get-apitasks and @specs/db/models.md#nope.\n',
  };
}

const key = (f: Finding) => `${f.file}:${f.range.start.line}:${f.range.start.character} ${f.code}`;

/** What the separate checks find on a fresh read of the same files. */
async function fresh(files: Record<string, string>, settings: SpecSettings = defaultSettings()): Promise<string[]> {
  const host = memoryHost(files);
  const refs = diagnoseWorkspace(await buildIndex(host, { specsRoot: settings.specsRoot }), { severity: settings.severity });
  const lint = await lintApiWorkspace(host, { specsRoot: settings.specsRoot, severity: settings.severity });
  return [...refs, ...lint].map(key).sort();
}

describe('spec service (createSpecService)', () => {
  it('finds what the reference check and the API lint find, file by file and for the workspace', async () => {
    const files = workspace();
    const service = createSpecService({ host: memoryHost(files), settings: defaultSettings() });
    const all = (await service.workspaceDiagnostics()).map(key).sort();
    assert.deepEqual(all, await fresh(files));
    assert.ok(all.some((k) => k.startsWith('CLAUDE.md') && k.endsWith('ref.no-such-heading')), all.join('\n'));
    assert.ok(all.some((k) => k.startsWith('specs/api/notes.md')), all.join('\n'));
    assert.deepEqual((await service.diagnostics('CLAUDE.md')).map((f) => f.code), ['ref.no-such-heading']);
  });

  it('after an edit to one API spec re-reads only that file and names only the files whose findings changed', async () => {
    const files = workspace();
    const host = memoryHost(files);
    const service = createSpecService({ host, settings: defaultSettings() });
    await service.workspaceDiagnostics();
    host.reads.length = 0;
    files['specs/api/notes.md'] = NOTES.replace('- **Auth:** JWT required\n', '');
    const change = await service.fileChanged('specs/api/notes.md');
    assert.deepEqual(host.reads, ['specs/api/notes.md']);
    assert.deepEqual(change, { all: false, files: ['specs/api/notes.md'] });
    assert.ok((await service.diagnostics('specs/api/notes.md')).some((f) => f.code === 'auth.missing'));
    assert.deepEqual((await service.workspaceDiagnostics()).map(key).sort(), await fresh(files));
  });

  it('a route duplicated in another file re-checks both files (a rule that looks across files)', async () => {
    const files = workspace();
    const service = createSpecService({ host: memoryHost(files), settings: defaultSettings() });
    await service.workspaceDiagnostics();
    const text = NOTES.replace('/api/notes', '/api/tasks');
    const change = await service.fileChanged('specs/api/notes.md', text);
    assert.equal(change.all, false);
    assert.deepEqual([...change.files].sort(), ['specs/api/notes.md', 'specs/api/tasks.md']);
    assert.ok((await service.diagnostics('specs/api/tasks.md')).some((f) => f.code === 'rest.duplicate-route'));
  });

  it('after a series of edits of each kind, the findings equal a fresh read of the same files', async () => {
    const files = workspace();
    const service = createSpecService({ host: memoryHost(files), settings: defaultSettings() });
    await service.workspaceDiagnostics();
    const edits: Array<[string, (t: string) => string]> = [
      ['specs/api/notes.md', (t) => t.replace('List the notes.', 'List every note of the caller.')],
      ['specs/api/notes.md', (t) => t.replace('- **Auth:** JWT required\n', '')],
      ['specs/api/notes.md', (t) => t.replace('/api/notes', '/api/tasks')],
      ['specs/api/tasks.md', (t) => `\n\n${t}`],
      ['specs/api/notes.md', (t) => t.replace('/api/tasks', '/api/notes/{note_id}').replace('401', '401, 403')],
      ['specs/api/tasks.md', (t) => `${t}\n## Error schema\n\n\`{"detail": "..."}\`\n`],
      ['specs/db/models.md', (t) => t.replace('user_id', 'owner')],
      ['specs/api/notes.md', (t) => `<!-- spec-architect-disable -->\n${t}`],
    ];
    for (const [path, edit] of edits) {
      files[path] = edit(files[path] ?? '');
      await service.fileChanged(path);
      assert.deepEqual((await service.workspaceDiagnostics()).map(key).sort(), await fresh(files), `after editing ${path}`);
    }
  });

  it('access rules that read another file (its ownership, sharing, parent) give after each edit what a fresh read gives', async () => {
    // Sharing is declared in tasks.md; the grant body and the nested comments are in other files.
    const sharedTasks = TASKS.replace('see @specs/db/models.md#task.', 'see @specs/db/models.md#task. Shared through @specs/db/models.md#task: task_id names the task, member_id the user it is shared with, permissions the level (read < edit).');
    const shares = ['# Shares API', '', '## POST /api/tasks/{task_id}/shares', '', 'Share a task.', '', '- **Auth:** JWT required; the owner only', '- **Request:** `ShareCreate`', '- **Response 201:** `ShareCreate`', '- **Errors:** 401, 404, 422', '', '## Schemas', '', '### ShareCreate', '', '| field | type | required | nullable |', '|---|---|---|---|', '| member_id | integer | yes | no |', '| permissions | string | yes | no |', ''].join('\n');
    const comments = ['# Comments API', '', '## GET /api/tasks/{task_id}/comments', '', 'List a task\'s comments.', '', '- **Auth:** JWT required', '- **Response 200:** `CommentList`', '- **Errors:** 401, 404, 422', ''].join('\n');
    const files: Record<string, string> = { ...workspace(), 'specs/api/tasks.md': sharedTasks, 'specs/api/shares.md': shares, 'specs/api/comments.md': comments, 'specs/db/models.md': '# Models\n\n## Task\n\n| Column | Type |\n|---|---|\n| id | int |\n' };
    const service = createSpecService({ host: memoryHost(files), settings: defaultSettings() });
    const codes = async (path: string) => (await service.diagnostics(path)).map((f) => f.code);
    assert.deepEqual((await service.workspaceDiagnostics()).map(key).sort(), await fresh(files));
    assert.ok((await codes('specs/api/comments.md')).includes('auth.parent-unchecked'));
    assert.ok(!(await codes('specs/api/shares.md')).includes('schema.mass-assignment'), 'the declared level column is not mass assignment');
    const edits: Array<[string, (t: string) => string]> = [
      ['specs/api/comments.md', (t) => t.replace('List a task\'s comments.', 'List the comments of a task.')],
      ['specs/api/shares.md', (t) => t.replace('Share a task.', 'Share a task with a user.')],
      ['specs/api/tasks.md', (t) => t.replace(/ Shared through [^\n]*/, '')],
      ['specs/api/tasks.md', (t) => t.replace('Rows are owned by a user: see @specs/db/models.md#task.', 'Rows are not owned by a user.')],
      ['specs/api/comments.md', (t) => t.replace('- **Auth:** JWT required', '- **Auth:** JWT required; the owner only')],
    ];
    for (const [path, edit] of edits) {
      files[path] = edit(files[path] ?? '');
      await service.fileChanged(path);
      assert.deepEqual((await service.workspaceDiagnostics()).map(key).sort(), await fresh(files), `after editing ${path}`);
    }
  });

  it('a new or deleted spec file re-checks everything, and the result equals a fresh read', async () => {
    const files = workspace();
    const host = memoryHost(files);
    const service = createSpecService({ host, settings: defaultSettings() });
    await service.workspaceDiagnostics();
    files['docs/new/more.md'] = 'See @specs/db/models.md#nope-too.\n';
    assert.equal((await service.fileChanged('docs')).all, true, 'a new folder is read whole (watchers report only the folder)');
    assert.deepEqual((await service.diagnostics('docs/new/more.md')).map((f) => f.code), ['ref.no-such-heading']);
    files['specs/db/nope.md'] = '# Nope\n';
    assert.equal((await service.fileChanged('specs/db/nope.md')).all, true);
    delete files['CLAUDE.md'];
    assert.deepEqual(await service.fileDeleted('CLAUDE.md'), { all: false, files: ['CLAUDE.md'] }, 'a deleted file outside the root names itself, so its diagnostics are cleared');
    delete files['specs/api/tasks.md'];
    assert.equal((await service.fileDeleted('specs/api/tasks.md')).all, true);
    assert.deepEqual((await service.workspaceDiagnostics()).map(key).sort(), await fresh(files));
  });

  it('applies the settings once: severity, checkCodeBlocks, languages and the specs root', async () => {
    const files = { ...workspace(), 'app/main.py': '# @specs/nope.md\n', 'README.md': '```\n@specs/fenced-nope.md\n```\n' };
    const base = createSpecService({ host: memoryHost(files), settings: defaultSettings() });
    assert.deepEqual([...new Set((await base.workspaceDiagnostics()).map((f) => f.file))].sort(), ['CLAUDE.md', 'README.md', 'app/main.py', 'specs/api/notes.md']);
    const settings: SpecSettings = { ...defaultSettings(), languages: ['markdown'], checkCodeBlocks: false, severity: { 'ref.no-such-heading': 'info', 'errors.404-missing': 'off', 'errors.422-missing': 'off' } };
    const tuned = createSpecService({ host: memoryHost(files), settings });
    const found = await tuned.workspaceDiagnostics();
    assert.deepEqual(found.map((f) => `${f.file} ${f.code} ${f.severity}`).filter((l) => !l.startsWith('specs/api/notes.md')), ['CLAUDE.md ref.no-such-heading info']);
    const moved = Object.fromEntries(Object.entries(workspace()).map(([p, t]) => [p.replace(/^specs\//, 'design/specs/'), t]));
    const rooted = createSpecService({ host: memoryHost(moved), settings: { ...defaultSettings(), specsRoot: 'design/specs' } });
    assert.deepEqual((await rooted.workspaceDiagnostics()).map(key).sort(), (await fresh(moved, { ...defaultSettings(), specsRoot: 'design/specs' })));
    assert.equal((await rooted.apiModel()).files.length, 2);
  });

  it('serves hover, definition, references, rename and fixes as plain data', async () => {
    const files = { ...workspace(), 'AGENTS.md': 'See @specs/api/task.md.\n' };
    const service = createSpecService({ host: memoryHost(files), settings: defaultSettings(), template: async (rel) => `# from template ${rel}\n` });
    const at = { line: 0, character: 8 };
    assert.match((await service.hover('CLAUDE.md', at))?.markdown ?? '', /GET \/api\/tasks/);
    assert.deepEqual((await service.definition('CLAUDE.md', at))?.file, 'specs/api/tasks.md');
    assert.deepEqual((await service.references('specs/api/tasks.md', { line: 4, character: 3 }))?.map((l) => l.file), ['CLAUDE.md']);
    const edits = await service.rename('specs/api/tasks.md', { line: 4, character: 3 }, 'GET /api/tasks/all');
    assert.deepEqual(edits?.map((e) => `${e.file} ${e.newText}`), ['specs/api/tasks.md GET /api/tasks/all', 'CLAUDE.md get-apitasksall']);
    const fixes = await service.codeActions('AGENTS.md', { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } });
    assert.deepEqual(fixes.map((f) => f.title), ['Change to @specs/api/tasks.md', 'Create specs/api/task.md from template']);
    assert.deepEqual(fixes[1]?.createFiles, [{ file: 'specs/api/task.md', content: '# from template api/task.md\n' }]);
    const exported = await service.exportOpenApi('json');
    assert.equal(exported?.routes, 2);
    assert.deepEqual(exported?.files, ['specs/api/notes.md', 'specs/api/tasks.md']);
  });
});
