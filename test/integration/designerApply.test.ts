// The API Designer's Generate in a real VS Code: a partial-update plan with a
// removed resource and a removed route is applied as one WorkspaceEdit; the
// removed resource's file is deleted (also while open in an editor), the
// edited files hold exactly the planned text and are saved.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { applyPlan } from '../../src/vscode/designer/workspaceAccess';
import { readApiSpecs } from '../../src/core/reader';
import { planSpecUpdate } from '../../src/core/writer';
import { applyEdits } from '../support/applyEdits';
import { openFixture, readWorkspaceFile, workspaceFile, writeWorkspaceFile } from './support/workspace';

// Under the specs root: the designer writes only there (the one confinement check).
const ROOT = 'specs/designer-apply';

describe('API Designer applies removals', function () {
  this.timeout(60_000);

  it('deletes the file of a removed resource and removes a removed route, in one edit, saved', async () => {
    const example = readdirSync(join(__dirname, '../../../examples/taskflow/specs/api')).filter((n) => n.endsWith('.md'));
    const files: Array<{ path: string; text: string }> = [];
    for (const name of example) {
      const text = readFileSync(join(__dirname, '../../../examples/taskflow/specs/api', name), 'utf8');
      files.push({ path: `${ROOT}/api/${name}`, text });
      await writeWorkspaceFile(`${ROOT}/api/${name}`, text);
    }
    try {
      const design = structuredClone(readApiSpecs(files).design);
      design.resources = design.resources.filter((r) => r.name !== 'users');
      const tasks = design.resources.find((r) => r.name === 'tasks');
      assert.ok(tasks);
      tasks.routes = tasks.routes.filter((r) => r.method !== 'DELETE');
      const plan = planSpecUpdate(files, design);
      assert.deepEqual(plan.deletes, [`${ROOT}/api/users.md`]);
      await openFixture(`${ROOT}/api/users.md`);
      const done = await applyPlan(plan);
      assert.deepEqual([...done].sort(), [`${ROOT}/api/README.md`, `${ROOT}/api/tasks.md`, `${ROOT}/api/users.md`]);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceFile(`${ROOT}/api/users.md`))), 'users.md is gone');
      for (const name of ['README.md', 'tasks.md', 'errors.md', 'shares.md']) {
        const f = files.find((x) => x.path === `${ROOT}/api/${name}`);
        assert.ok(f);
        assert.equal(await readWorkspaceFile(f.path), applyEdits(f.path, f.text, plan.edits), `${name} on disk is the planned text`);
      }
      const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.path.includes(ROOT));
      assert.deepEqual(dirty.map((d) => d.uri.path), [], 'every touched file is saved');
      assert.deepEqual(readApiSpecs(await Promise.all(['README.md', 'errors.md', 'shares.md', 'tasks.md'].map(async (n) => ({ path: `${ROOT}/api/${n}`, text: await readWorkspaceFile(`${ROOT}/api/${n}`) })))).design, JSON.parse(JSON.stringify(design)));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(workspaceFile(ROOT), { recursive: true, useTrash: false });
    }
  });
});
