import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { lintApiWorkspace } from '../../../../src/core/lint';
import { loadFolder, memoryHost } from './memoryHost';

const repo = process.cwd();

describe('lint: fixtures', () => {
  it('reports nothing on examples/taskflow', async () => {
    const findings = await lintApiWorkspace(memoryHost(loadFolder(join(repo, 'examples/taskflow'))), { specsRoot: 'specs' });
    assert.deepEqual(findings.map((f) => `${f.file}:${f.range.start.line + 1} ${f.code} ${f.message}`), []);
  });

  it('reports exactly the typical mistakes of the hand-written fixture, each at its line', async () => {
    const findings = await lintApiWorkspace(memoryHost(loadFolder(join(repo, 'test/fixtures/lint/common-mistakes'))), { specsRoot: 'specs' });
    assert.deepEqual(findings.map((f) => `${f.file}:${f.range.start.line + 1} ${f.code}`), [
      'specs/api/rest-endpoints.md:32 errors.400-for-validation',
      'specs/api/rest-endpoints.md:44 auth.ownership-missing',
      'specs/api/rest-endpoints.md:48 errors.404-missing',
      'specs/api/rest-endpoints.md:64 errors.401-missing',
      'specs/api/rest-endpoints.md:90 auth.owner-in-body',
      'specs/api/rest-endpoints.md:110 schema.sensitive-field-exposed',
    ]);
  });
});
