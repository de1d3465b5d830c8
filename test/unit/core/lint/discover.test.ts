import { strict as assert } from 'node:assert';
import { classifySpecFiles, globToRegExp } from '../../../../src/core/lint/discover';

describe('lint: finding the spec files', () => {
  it('matches globs with * inside a segment and ** across folders', () => {
    assert.ok(globToRegExp('specs/db/*.md').test('specs/db/models.md'));
    assert.ok(!globToRegExp('specs/db/*.md').test('specs/db/x/models.md'));
    assert.ok(globToRegExp('specs/**/auth*.md').test('specs/auth.md'));
    assert.ok(globToRegExp('specs/**/auth*.md').test('specs/features/x/authentication.md'));
  });

  it('finds database and auth specs in the seed layout and in the common existing layout', () => {
    const files = ['specs/api/tasks.md', 'specs/api/README.md', 'specs/db/models.md', 'specs/auth/jwt.md', 'specs/database/schema.md', 'specs/features/authentication.md', 'specs/features/tasks/spec.md'];
    assert.deepEqual(classifySpecFiles(files, 'specs', {}), {
      api: ['specs/api/tasks.md', 'specs/api/README.md'],
      database: ['specs/db/models.md', 'specs/database/schema.md'],
      auth: ['specs/auth/jwt.md', 'specs/features/authentication.md'],
    });
  });

  it('uses the globs given, relative to the specs root, instead of the defaults', () => {
    const files = ['specs/api/tasks.md', 'specs/db/models.md', 'specs/data/tables.md'];
    assert.deepEqual(classifySpecFiles(files, 'specs', { databaseSpecs: ['data/*.md'], authSpecs: [] }).database, ['specs/data/tables.md']);
  });

  it('takes no file in a hidden folder for a spec: an agent kit under specs/api/.spec-kit/ is neither API, database nor auth', () => {
    const files = ['specs/api/.spec-kit/AGENTS.md', 'specs/api/rest-endpoints.md', 'specs/.db/models.md', 'specs/database/schema.md'];
    assert.deepEqual(classifySpecFiles(files, 'specs', {}), { api: ['specs/api/rest-endpoints.md'], database: ['specs/database/schema.md'], auth: [] });
  });
});
