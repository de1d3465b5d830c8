// The src/core boundary is enforced by the lint configuration, not by habit:
// ESLint's own API lints the same import as if it were written in src/core
// (an error) and in src/vscode (allowed).
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type * as EslintApi from 'eslint';

// Loaded at run time from node_modules, not bundled: ESLint finds its config and plugins on disk.
const { ESLint } = createRequire(__filename)('eslint') as typeof EslintApi;

/** The repository root (this file runs from out/test/unit/boundary/). */
const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');

const eslint = new ESLint({ cwd: REPO_ROOT });

/** Lints `code` as the file `filePath` and returns the no-restricted-imports errors. */
async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(REPO_ROOT, filePath) });
  assert.ok(result, 'ESLint returned no result');
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' && m.severity === 2).map((m) => m.message);
}

const imports: Array<[string, string]> = [
  ['vscode', "import * as vscode from 'vscode';\nexport const show = vscode.window.showInformationMessage;\n"],
  ['fs', "import * as fs from 'fs';\nexport const read = fs.readFileSync;\n"],
  ['node:fs', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"],
];

describe('src/core boundary lint', function () {
  this.timeout(60_000);

  for (const [name, code] of imports) {
    it(`reports importing '${name}' from src/core as an error`, async () => {
      const errors = await boundaryErrors(code, 'src/core/boundary-probe.ts');
      assert.equal(errors.length, 1, `expected one boundary error, got ${JSON.stringify(errors)}`);
      assert.match(errors[0] ?? '', /src\/core must not/);
    });

    it(`allows importing '${name}' from src/vscode`, async () => {
      assert.deepEqual(await boundaryErrors(code, 'src/vscode/boundary-probe.ts'), []);
    });
  }
});
