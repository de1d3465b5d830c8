// The spec service (the one path of the CLI's lint, the editor and the
// benchmark) on hostile input: what the bounded crawl could not read or
// stopped at comes out as io.* findings, and kept current by file events; a
// spec past the markdown parser's budget is reported and left out of the
// lint and the export, as the workspace lint does.
import { strict as assert } from 'node:assert';
import { lintApiWorkspace } from '../../../src/core/lint';
import { MARKDOWN_BUDGET } from '../../../src/core/reader';
import { createSpecService } from '../../../src/core/service';
import { defaultSettings } from '../../../src/core/settings';
import { memoryHost } from '../references/memoryHost';
import { treeHost, type TreeNode } from '../fuzz/treeHost';

const ROUTE = '# Tasks API\n\n## GET /api/tasks\n\nList tasks.\n\n- **Auth:** JWT required\n- **Response 200:** `TaskList`\n- **Errors:** 401\n';

describe('spec service on hostile input', () => {
  it('reports a locked folder and a locked spec as io.unreadable, and forgets them once they can be read or are gone', async () => {
    const nodes = new Map<string, TreeNode>([
      ['specs', { kind: 'dir' }],
      ['specs/db', { kind: 'dir' }],
      ['specs/db/models.md', { kind: 'file', text: '# M\n', locked: true }],
      ['backend', { kind: 'dir', locked: true }],
      ['CLAUDE.md', { kind: 'file', text: 'See @specs/db/models.md\n' }],
    ]);
    const service = createSpecService({ host: treeHost(nodes), settings: defaultSettings() });
    const io = async () => (await service.workspaceDiagnostics()).filter((f) => f.code.startsWith('io.')).map((f) => `${f.file} ${f.code} ${f.severity}`);
    assert.deepEqual(await io(), ['backend io.unreadable error', 'specs/db/models.md io.unreadable error']);
    // The locked spec still exists for the references to it.
    assert.deepEqual((await service.diagnostics('CLAUDE.md')).map((f) => f.code), []);

    nodes.set('specs/db/models.md', { kind: 'file', text: '# M\n' });
    assert.deepEqual((await service.fileChanged('specs/db/models.md')).files, ['specs/db/models.md']);
    nodes.delete('backend');
    await service.fileDeleted('backend');
    assert.deepEqual(await io(), []);

    nodes.set('specs/db/models.md', { kind: 'file', text: '# M\n', locked: true });
    await service.fileChanged('specs/db/models.md');
    assert.deepEqual(await io(), ['specs/db/models.md io.unreadable error']);
  });

  it('reports the crawl limit once, as a warning on the folder, and applies severities to io.* codes', async () => {
    const nodes = new Map<string, TreeNode>([['specs', { kind: 'dir' }]]);
    let path = 'deep';
    for (let i = 0; i < 40; i++) {
      nodes.set(path, { kind: 'dir' });
      path += '/d';
    }
    const findings = await createSpecService({ host: treeHost(nodes), settings: defaultSettings() }).workspaceDiagnostics();
    assert.deepEqual(findings.map((f) => `${f.file}|${f.code}|${f.severity}`), ['|io.crawl-limit|warning']);
    const off = await createSpecService({ host: treeHost(nodes), settings: { ...defaultSettings(), severity: { 'io.crawl-limit': 'off' } } }).workspaceDiagnostics();
    assert.deepEqual(off, []);
  });

  it('leaves a spec past the parser budget out of the lint and the export, reports it as the workspace lint does, and takes it back once it fits', async () => {
    const big = `${ROUTE}\n${'word '.repeat(MARKDOWN_BUDGET.maxChars / 5 + 10)}\n`;
    const deep = `# Notes API\n\n${Array.from({ length: MARKDOWN_BUDGET.maxDepth + 4 }, (_, i) => `${'  '.repeat(i)}- item\n`).join('')}`;
    const files: Record<string, string> = { 'specs/api/tasks.md': big, 'specs/api/notes.md': deep, 'specs/api/users.md': ROUTE.replace(/tasks|Tasks/g, 'users') };
    const service = createSpecService({ host: memoryHost(files), settings: defaultSettings() });
    const key = (f: { file: string; code: string }) => `${f.file} ${f.code}`;
    const found = (await service.workspaceDiagnostics()).map(key).sort();
    assert.deepEqual(found, (await lintApiWorkspace(memoryHost(files), { specsRoot: 'specs' })).map(key).sort());
    assert.ok(found.includes('specs/api/tasks.md io.too-large'), found.join('\n'));
    assert.ok(found.includes('specs/api/notes.md io.too-deep'), found.join('\n'));
    const exported = await service.exportOpenApi('json');
    assert.deepEqual(exported?.files, ['specs/api/users.md']);
    assert.equal(exported?.skipped.length, 2);
    assert.doesNotMatch(exported?.text ?? '', /\/api\/tasks/);

    await service.fileChanged('specs/api/tasks.md', ROUTE);
    assert.deepEqual((await service.exportOpenApi('json'))?.files, ['specs/api/tasks.md', 'specs/api/users.md']);
    assert.ok(!(await service.diagnostics('specs/api/tasks.md')).some((f) => f.code === 'io.too-large'));
  });
});
