// `Validate Specs` in a real VS Code: it checks references and lints the API
// specs of the whole workspace, and reports the totals of both.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activatedExtension } from './support/extension';

interface Counts {
  files: number;
  errors: number;
  warnings: number;
  other: number;
}

interface ValidationCounts {
  references: Counts;
  apiLint: Counts;
}

/** A spec with one broken reference and one route that states no auth. */
const BROKEN_SPEC = [
  '# Labels API',
  '',
  'Labels follow @specs/db/no-such-models.md#label.',
  '',
  '## GET /api/labels',
  '',
  'List the labels.',
  '',
  '- **Response 200:** `LabelList`',
  '',
].join('\n');

async function validate(): Promise<ValidationCounts> {
  const counts = await vscode.commands.executeCommand<ValidationCounts | undefined>('specArchitect.validateSpecs');
  assert.ok(counts, 'Validate Specs returned no counts');
  return counts;
}

describe('Validate Specs', function () {
  this.timeout(60_000);

  it('finds no errors in the example workspace, in references or in the API lint', async () => {
    await activatedExtension();
    const counts = await validate();
    assert.equal(counts.references.errors, 0);
    assert.ok(counts.references.files > 0, 'no file with @specs/ tokens was checked');
    assert.equal(counts.apiLint.errors, 0);
  });

  it('counts a broken reference and a route without auth in a new spec file', async () => {
    await activatedExtension();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test runs with a workspace folder open');
    const uri = vscode.Uri.joinPath(folder.uri, 'specs', 'api', `validate-integration-${process.pid}.md`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(BROKEN_SPEC));
    try {
      const counts = await validate();
      assert.equal(counts.references.errors, 1, 'the broken @specs/db/no-such-models.md token');
      assert.ok(counts.apiLint.errors >= 1, `auth.missing on GET /api/labels (API lint counts: ${JSON.stringify(counts.apiLint)})`);
      const codes = vscode.languages.getDiagnostics(uri).map((d) => String(d.code));
      assert.ok(codes.includes('auth.missing'), `diagnostics on the new file: ${codes.join(', ')}`);
    } finally {
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
    const after = await validate();
    assert.equal(after.references.errors, 0);
    assert.equal(after.apiLint.errors, 0);
  });
});
