// The shipped starter templates (specs-templates/), copied into an empty
// workspace by the real plan, checked by the real references core and the
// real API lint: every @specs/ token resolves and the lint reports nothing.
import { strict as assert } from 'node:assert';
import { lintApiWorkspace } from '../../../src/core/lint';
import { readApiSpecs } from '../../../src/core/reader';
import { buildIndex, diagnoseWorkspace, scanTokens } from '../../../src/core/references';
import { planInitialize } from '../../../src/core/templates/initialize';
import { writeApiSpecs } from '../../../src/core/writer';
import { memoryHost } from '../references/memoryHost';
import { loadTemplates } from './loadTemplates';

/** The workspace after Initialize Specs: the example's CLAUDE.md and the planned files. */
async function initialized(templates: Map<string, string>): Promise<Record<string, string>> {
  const files: Record<string, string> = { 'CLAUDE.md': 'Read @specs/api/README.md first.\n' };
  const plan = await planInitialize(templates, 'specs', memoryHost(files));
  assert.deepEqual([plan.skipped, plan.refused], [[], []]);
  for (const c of plan.create) files[c.path] = c.content;
  return files;
}

async function problems(files: Record<string, string>): Promise<string[]> {
  const host = memoryHost(files);
  const refs = diagnoseWorkspace(await buildIndex(host, { specsRoot: 'specs' }));
  const lint = await lintApiWorkspace(host, { specsRoot: 'specs' });
  return [...refs, ...lint].map((f) => `${f.file}:${f.range.start.line + 1} ${f.code} ${f.message}`);
}

describe('starter templates (specs-templates/)', () => {
  const templates = loadTemplates();

  it('hold the database models, the JWT rules and the API overview', () => {
    for (const name of ['db/models.md', 'auth/jwt.md', 'api/README.md', 'api/errors.md']) assert.ok(templates.has(name), `specs-templates/${name} is missing`);
  });

  it('point at the database and auth specs with anchors', () => {
    const tokens = [...templates].flatMap(([path, text]) => scanTokens(text, `specs/${path}`).map((t) => t.text));
    for (const expected of ['@specs/db/models.md#user', '@specs/db/models.md#item', '@specs/auth/jwt.md#ownership', '@specs/auth/jwt.md#token']) {
      assert.ok(tokens.includes(expected), `no template holds ${expected}; tokens: ${tokens.join(', ')}`);
    }
  });

  it('once initialized, every @specs/ token resolves and the API lint reports nothing', async () => {
    assert.deepEqual(await problems(await initialized(templates)), []);
  });

  it('a broken anchor or a route without auth in them would be reported', async () => {
    const files = await initialized(templates);
    files['specs/auth/jwt.md'] = (files['specs/auth/jwt.md'] ?? '').replace('## Ownership', '## Owners');
    files['specs/api/items.md'] = '# Items API\n\nRows are owned by a user: see @specs/db/models.md#item.\n\n## GET /api/items\n\nList items.\n\n- **Response 200:** `list[ItemRead]`\n- **Errors:** 401\n';
    const found = (await problems(files)).map((p) => p.split(' ')[1]);
    assert.ok(found.includes('ref.no-such-heading'), found.join(', '));
    assert.ok(found.includes('auth.missing'), found.join(', '));
  });

  it('the API overview and errors file are in the canonical grammar: read back and written again, byte for byte', () => {
    const api = ['api/README.md', 'api/errors.md'].map((name) => ({ path: `specs/${name}`, text: templates.get(name) ?? '' }));
    const read = readApiSpecs(api);
    assert.deepEqual(read.unplaced, []);
    assert.deepEqual(writeApiSpecs(read.design).map((f) => [f.path, f.text]), api.map((f) => [f.path, f.text]));
    assert.equal(read.design.auth.ownership.column, 'user_id');
    assert.equal(read.design.auth.spec, '@specs/auth/jwt.md');
  });
});
