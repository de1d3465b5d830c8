// A workspace whose .spec-architect.json sets specsRoot to design/specs: the
// API Designer reads from and generates into design/specs/api/, and the
// diagnostics, the export and the CLI use the same folder.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { generationPlan } from '../../src/core/designer';
import { readApiSpecs } from '../../src/core/reader';
import { applyPlan, readApiFiles, specsRoot } from '../../src/vscode/designer/workspaceAccess';
import { activatedExtension } from './support/extension';
import { readWorkspaceFile, waitForDiagnostics, workspaceFile, workspaceUri, writeWorkspaceFile } from './support/workspace';

const WIDGETS = [
  '# Widgets API',
  '',
  '## GET /api/widgets',
  '',
  'List the widgets.',
  '',
  '- **Response 200:** `WidgetList`',
  '- **Errors:** 401',
  '',
].join('\n');

const codes = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map((d) => String(d.code));

describe('specsRoot from .spec-architect.json (design/specs)', function () {
  this.timeout(90_000);

  before(async () => {
    await activatedExtension();
    await writeWorkspaceFile('design/specs/api/widgets.md', WIDGETS);
    await writeWorkspaceFile('notes-specs-root.md', 'See @specs/api/widgets.md#get-apiwidgets and @specs/api/tasks.md.\n');
    await writeWorkspaceFile('.spec-architect.json', JSON.stringify({ specsRoot: 'design/specs' }));
  });

  after(async () => {
    for (const path of ['.spec-architect.json', 'design', 'notes-specs-root.md']) {
      await vscode.workspace.fs.delete(workspaceFile(path), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('checks references and lints the API specs under design/specs', async () => {
    const notes = workspaceFile('notes-specs-root.md');
    await waitForDiagnostics(notes, (d) => d.length === 1 && d[0]?.code === 'ref.no-such-file', 20_000);
    assert.deepEqual(codes(notes), ['ref.no-such-file'], '@specs/api/tasks.md is under specs/, not design/specs/');
    await waitForDiagnostics(workspaceFile('design/specs/api/widgets.md'), (d) => d.some((x) => x.code === 'auth.missing'), 20_000);
  });

  it('the API Designer imports from and generates into design/specs/api/', async () => {
    const files = await readApiFiles();
    assert.equal(specsRoot(), 'design/specs');
    assert.deepEqual(files.map((f) => f.path), ['design/specs/api/widgets.md']);
    const imported = await vscode.commands.executeCommand<{ resources: Array<{ name: string }> }>('specArchitect.importSpecs');
    assert.deepEqual(imported.resources.map((r) => r.name), ['widgets']);
    const { design } = readApiSpecs(files);
    design.resources.push({ name: 'gadgets', title: 'Gadgets', owned: false, routes: [{ method: 'GET', path: '/api/gadgets', purpose: 'List the gadgets.', auth: 'public', ownership: 'none', params: [], responses: [{ status: 200 }], errors: [] }] });
    const { plan, outside } = generationPlan(design, files, specsRoot());
    assert.deepEqual(outside, []);
    const written = await applyPlan(plan);
    assert.ok(written.includes('design/specs/api/gadgets.md'), written.join(', '));
    assert.match(await readWorkspaceFile('design/specs/api/gadgets.md'), /## GET \/api\/gadgets/);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceFile('specs/api/gadgets.md'))), 'nothing is written under specs/');
  });

  it('Export OpenAPI and the CLI read the same folder', async () => {
    const result = await vscode.commands.executeCommand<{ written: boolean; path?: string }>('specArchitect.exportOpenApi', { target: 'design/openapi.json' });
    assert.equal(result.written, true);
    const doc = JSON.parse(await readWorkspaceFile('design/openapi.json')) as { paths: Record<string, unknown> };
    assert.ok('/api/widgets' in doc.paths && !('/api/tasks' in doc.paths), Object.keys(doc.paths).join(', '));
    const cli = join(__dirname, '../../../dist/cli.js');
    const r = spawnSync(process.execPath, [cli, 'lint', workspaceUri().fsPath, '--format', 'json'], { encoding: 'utf8' });
    const found = JSON.parse(r.stdout) as Array<{ file: string; code: string }>;
    assert.ok(found.some((f) => f.file === 'design/specs/api/widgets.md' && f.code === 'auth.missing'), r.stdout);
    assert.ok(found.some((f) => f.file === 'notes-specs-root.md' && f.code === 'ref.no-such-file'), r.stdout);
    assert.ok(!found.some((f) => f.file.startsWith('specs/api/') && !f.code.startsWith('ref.')), 'the CLI does not lint specs/api/ either');
  });
});
