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

  it('takes severities from the options and silences a route with a disable-next-line comment in the markdown', async () => {
    const files = loadFolder(join(repo, 'test/fixtures/lint/common-mistakes'));
    const file = 'specs/api/rest-endpoints.md';
    files.set(file, (files.get(file) ?? '').replace('### 3. GET /api/tasks/{task_id}', '<!-- spec-architect-disable-next-line auth.ownership-missing errors.404-missing -->\n### 3. GET /api/tasks/{task_id}'));
    const findings = await lintApiWorkspace(memoryHost(files), { specsRoot: 'specs', severity: { 'auth.owner-in-body': 'off', 'errors.401-missing': 'error' } });
    assert.deepEqual(findings.map((f) => `${f.range.start.line + 1} ${f.code} ${f.severity}`), [
      '32 errors.400-for-validation warning',
      '65 errors.401-missing error',
      '111 schema.sensitive-field-exposed error',
    ]);
  });

  it('counts a global "HTTP Status Codes" section for routes that list no errors of their own', async () => {
    const route = ['### GET /api/tasks/{task_id}', '', 'Read one task.', '', '**Authentication**: Required - owner only', '**Response (200 OK)**: `Task`', ''];
    const withSection = ['# API', '', 'Errors return `{"detail": "..."}`.', '', '## HTTP Status Codes', '', '- 401: Unauthorized', '- 404: Not Found', '- 422: Validation Error', '', '## Tasks', '', ...route].join('\n');
    const without = ['# API', '', 'Errors return `{"detail": "..."}`.', '', '## Tasks', '', ...route].join('\n');
    const lint = (text: string) => lintApiWorkspace(memoryHost(new Map([['specs/api/rest-endpoints.md', text]])), { specsRoot: 'specs' });
    // A path id as the only input asks for no 422, and a path without a parameter list declares its own parameters.
    assert.deepEqual((await lint(withSection)).map((f) => f.code), []);
    assert.deepEqual((await lint(without)).map((f) => f.code).sort(), ['errors.401-missing', 'errors.404-missing']);
  });

  it('finds database models in any spec holding CREATE TABLE, and checks schemas based on them', async () => {
    const sql = ['# Architecture', '', '```sql', 'CREATE TABLE tasks (', '  id SERIAL PRIMARY KEY,', '  user_id INTEGER NOT NULL REFERENCES users(id),', '  title VARCHAR(200) NOT NULL', ');', '```', ''].join('\n');
    const api = ['# Tasks API', '', 'Errors return `{"detail": "..."}`.', '', '## GET /api/tasks', '', "List the current user's tasks.", '', "- **Auth:** JWT required; only the caller's own tasks", '- **Response 200:** `list[TaskRead]`', '- **Errors:** 401', '', '## Schemas', '', '### TaskRead', '', 'Based on @specs/architecture.md#tasks.', '',
      '| field | type | required | nullable | constraints | example | description |', '|---|---|---|---|---|---|---|', '| id | integer | yes | no |  | 1 | Id |', '| titel | string | yes | no |  | "x" | Title |', ''].join('\n');
    const files = new Map([['specs/architecture.md', sql], ['specs/api/tasks.md', api]]);
    const found = await lintApiWorkspace(memoryHost(files), { specsRoot: 'specs' });
    assert.deepEqual(found.map((f) => `${f.range.start.line + 1} ${f.code}`), ['22 schema.field-not-in-model']);
    const elsewhere = await lintApiWorkspace(memoryHost(files), { specsRoot: 'specs', databaseSpecs: ['db/*.md'] });
    assert.deepEqual(elsewhere, [], 'with databaseSpecs naming other files, architecture.md is not read');
  });
});
