import { strict as assert } from 'node:assert';
import { buildIndex, complete, definition, diagnoseFile, documentLinks, githubSlug, hover, referencesTo, renameFileEdits, renameHeading, Slugger, targetAt, type ReferenceIndex } from '../../../src/core/references';
import { memoryHost } from './memoryHost';

const FILES: Record<string, string> = {
  'specs/db/models.md': '# Models\n\n## Task\n\nA task row.\n\n### Columns\n\nid, title\n\n## User\n\nA user row.\n',
  'specs/api/tasks.md': '# Tasks\n\nSee @specs/db/models.md#task.\n',
  'CLAUDE.md': 'Read @specs/db/models.md and @specs/db/models#task and @specs/db/models.md#User.\n',
  'app/tasks.py': '# Per @specs/db/models.md#task\n',
};

async function index(): Promise<ReferenceIndex> {
  return buildIndex(memoryHost(FILES), { specsRoot: 'specs' });
}

describe('references: GitHub slugs', () => {
  it('lowercases, drops punctuation, keeps _ and -, turns spaces into -', () => {
    assert.equal(githubSlug('GET /api/tasks/{task_id}'), 'get-apitaskstask_id');
    assert.equal(githubSlug('Status codes & `errors`!'), 'status-codes--errors');
    assert.equal(githubSlug('TaskForm'), 'taskform');
  });

  it('numbers repeated headings -1, -2', () => {
    const s = new Slugger();
    assert.deepEqual(['Notes', 'Notes', 'Notes', 'Notes 1'].map((t) => s.slug(t)), ['notes', 'notes-1', 'notes-2', 'notes-1-1']);
  });
});

describe('references: editor features', () => {
  it('hover shows the heading section, trimmed, up to the next heading of its level', async () => {
    const h = hover(await index(), 'CLAUDE.md', 0, 40);
    assert.ok(h);
    assert.match(h.markdown, /## Task\n\nA task row\.\n\n### Columns\n\nid, title$/);
    assert.doesNotMatch(h.markdown, /User/);
  });

  it('definition goes to the heading line or the top of the file', async () => {
    const i = await index();
    assert.deepEqual(definition(i, 'CLAUDE.md', 0, 40)?.range.start.line, 2);
    assert.deepEqual(definition(i, 'CLAUDE.md', 0, 6)?.file, 'specs/db/models.md');
    assert.equal(definition(i, 'CLAUDE.md', 0, 1), undefined);
  });

  it('document links point at each resolved token target', async () => {
    const links = documentLinks(await index(), 'CLAUDE.md');
    assert.deepEqual(links.map((l) => [l.target.file, l.target.range.start.line]), [['specs/db/models.md', 0], ['specs/db/models.md', 2], ['specs/db/models.md', 10]]);
  });

  it('completes folders, then files, then headings after #', async () => {
    const i = await index();
    assert.deepEqual(complete(i, 'see @specs/', 0).map((e) => e.label), ['api/', 'db/']);
    assert.deepEqual(complete(i, 'see @specs/db/mo', 0).map((e) => [e.label, e.range.start.character]), [['models.md', 14]]);
    assert.deepEqual(complete(i, 'see @specs/db/models.md#', 0).map((e) => e.label), ['models', 'task', 'columns', 'user']);
    assert.deepEqual(complete(i, 'email me@specs/', 0), []);
  });

  it('finds every token pointing at a file or at one heading', async () => {
    const i = await index();
    assert.equal(referencesTo(i, 'db/models.md').length, 5);
    assert.deepEqual(referencesTo(i, 'db/models.md', 'task').map((l) => l.file).sort(), ['CLAUDE.md', 'app/tasks.py', 'specs/api/tasks.md']);
    assert.deepEqual(targetAt(i, 'specs/db/models.md', 2, 0), { specFile: 'db/models.md', slug: 'task' });
  });

  it('renaming a heading edits the heading and every token pointing at it', async () => {
    const i = await index();
    const edits = renameHeading(i, 'db/models.md', 'task', 'Task item');
    assert.ok(edits);
    assert.deepEqual(edits.map((e) => [e.file, e.newText]).sort(), [['CLAUDE.md', 'task-item'], ['app/tasks.py', 'task-item'], ['specs/api/tasks.md', 'task-item'], ['specs/db/models.md', 'Task item']]);
  });

  it('moving a spec file rewrites every token, keeping a left-out .md left out', async () => {
    const edits = renameFileEdits(await index(), 'specs/db/models.md', 'specs/data/entities.md');
    assert.deepEqual(edits.filter((e) => e.file === 'CLAUDE.md').map((e) => e.newText), ['data/entities.md', 'data/entities', 'data/entities.md']);
    const folder = renameFileEdits(await index(), 'specs/db', 'specs/data');
    assert.equal(folder.length, 5);
    assert.ok(folder.every((e) => e.newText.startsWith('data/models')));
  });
});

describe('references: the index is updated per file', () => {
  it('a new file, a changed heading and a removed file change the findings without a rebuild', async () => {
    const i = await index();
    i.update('notes.md', '@specs/db/models.md#user @specs/new.md');
    assert.deepEqual(diagnoseFile(i, 'notes.md').map((f) => f.code), ['ref.no-such-file']);
    i.update('specs/new.md', '# New\n');
    assert.deepEqual(diagnoseFile(i, 'notes.md'), []);
    i.update('specs/db/models.md', '# Models\n\n## Person\n');
    assert.deepEqual(diagnoseFile(i, 'notes.md').map((f) => f.code), ['ref.no-such-heading']);
    i.remove('specs/new.md');
    assert.deepEqual(diagnoseFile(i, 'notes.md').map((f) => f.code), ['ref.no-such-heading', 'ref.no-such-file']);
    i.remove('notes.md');
    assert.deepEqual(diagnoseFile(i, 'notes.md'), []);
  });

  it('removing a folder forgets everything under it', async () => {
    const i = await index();
    i.remove('specs/db');
    assert.equal(i.hasFolder('db'), false);
    assert.deepEqual(diagnoseFile(i, 'CLAUDE.md').map((f) => f.code), ['ref.no-such-file', 'ref.no-such-file', 'ref.no-such-file']);
  });
});
