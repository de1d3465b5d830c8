// What the spec service offers readers that are not editors (coding agents):
// a reference resolved to the exact text of its section, the files whose
// findings read a spec, and file events that never read a spec which has
// become a link leading out of the specs root.
import { strict as assert } from 'node:assert';
import { createSpecService } from '../../../src/core/service';
import { defaultSettings } from '../../../src/core/settings';
import { memoryHost } from '../references/memoryHost';
import { treeHost, type TreeNode } from '../fuzz/treeHost';

const MODELS = '# Models\n\n## Task\n\nA task.\n\n### Columns\n\n- id\n\n## User\n\nA user.\n';
const TASKS = '# Tasks API\n\nIntro.\n\n## Reading\n\n### GET /api/tasks/{task_id}\n\nRead one task.\n\n- **Errors:** 401, 404\n\n## Writing\n\nNothing yet.\n';

function service() {
  return createSpecService({
    host: memoryHost({ 'specs/db/models.md': MODELS, 'specs/api/tasks.md': TASKS, 'CLAUDE.md': 'See @specs/db/models.md#task and @specs/api/tasks.md GET /api/tasks/{task_id}.\n', 'notes.md': 'See @specs/db/models.md only.\n' }),
    settings: defaultSettings(),
  });
}

describe('spec service for readers (lookupReference, dependentsOf)', () => {
  it('answers a heading reference with its section down to the next heading of its level, and its 1-based lines', async () => {
    const found = await service().lookupReference('@specs/db/models.md#task');
    assert.deepEqual(found, { kind: 'section', file: 'specs/db/models.md', startLine: 3, endLine: 9, heading: 'Task', text: '## Task\n\nA task.\n\n### Columns\n\n- id' });
  });

  it('answers a route with the innermost section that declares it, and a whole file without anchor', async () => {
    const route = await service().lookupReference('@specs/api/tasks.md', 'GET /api/tasks/{task_id}');
    assert.equal(route?.kind === 'section' && route.text, '### GET /api/tasks/{task_id}\n\nRead one task.\n\n- **Errors:** 401, 404');
    const file = await service().lookupReference('@specs/api/tasks.md');
    assert.equal(file?.kind === 'section' && file.text, TASKS.trimEnd());
  });

  it('says why a reference does not resolve and names the closest ones; folders list their files; text without a token is undefined', async () => {
    assert.deepEqual(await service().lookupReference('@specs/db/models.md#tsk'), { kind: 'broken', code: 'ref.no-such-heading', message: 'No heading "#tsk" in @specs/db/models.md. Did you mean #task?', closest: ['@specs/db/models.md#task'] });
    assert.deepEqual(await service().lookupReference('@specs/db/'), { kind: 'folder', folder: 'specs/db', files: ['specs/db/models.md'] });
    assert.equal(await service().lookupReference('no reference here'), undefined);
  });

  it('names the files whose tokens read the headings or routes of a spec, and nothing for other paths', async () => {
    const s = service();
    assert.deepEqual(await s.dependentsOf('specs/db/models.md'), ['CLAUDE.md']);
    assert.deepEqual(await s.dependentsOf('specs/api/tasks.md'), ['CLAUDE.md']);
    assert.deepEqual(await s.dependentsOf('CLAUDE.md'), []);
  });
});

describe('spec service file events and the specs root', () => {
  it('never reads a spec that a file event finds turned into a link leading out of the root, and reads it again once it is a file', async () => {
    const nodes = new Map<string, TreeNode>([
      ['specs', { kind: 'dir' }],
      ['specs/api', { kind: 'dir' }],
      ['specs/api/tasks.md', { kind: 'file', text: '# Tasks API\n\n## GET /api/tasks\n' }],
      ['private', { kind: 'dir' }],
      ['private/secret.md', { kind: 'file', text: '# Secret API\n\n## GET /api/secret-route\n\nSee @specs/nowhere.md\n' }],
      ['CLAUDE.md', { kind: 'file', text: 'See @specs/api/tasks.md GET /api/tasks\n' }],
    ]);
    const host = treeHost(nodes);
    const s = createSpecService({ host, settings: defaultSettings() });
    assert.deepEqual(await s.diagnostics('CLAUDE.md'), []);

    nodes.set('specs/api/tasks.md', { kind: 'link', target: 'private/secret.md' });
    host.reads.length = 0;
    await s.fileChanged('specs/api/tasks.md');
    assert.deepEqual(host.reads.filter((r) => r.path === 'specs/api/tasks.md'), [], 'the link was not read');
    assert.deepEqual((await s.apiModel()).files, []);
    assert.deepEqual((await s.diagnostics('CLAUDE.md')).map((f) => f.code), ['ref.outside-root']);

    nodes.set('specs/api/tasks.md', { kind: 'file', text: '# Tasks API\n\n## GET /api/tasks\n' });
    await s.fileChanged('specs/api/tasks.md');
    assert.deepEqual((await s.apiModel()).files, ['specs/api/tasks.md']);
    assert.deepEqual(await s.diagnostics('CLAUDE.md'), []);
  });
});
