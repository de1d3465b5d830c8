// The Initialize Specs plan (src/core/templates/initialize.ts) over an
// in-memory workspace: what it creates, what it leaves alone, and that it
// never plans a file outside the specs root.
import { strict as assert } from 'node:assert';
import { checkedSpecsRoot } from '../../../src/core/settings';
import { planInitialize } from '../../../src/core/templates/initialize';
import { memoryHost } from '../references/memoryHost';

const TEMPLATES = new Map([
  ['db/models.md', '# Models\n'],
  ['auth/jwt.md', '# JWT\n'],
  ['api/README.md', '# API\n'],
]);

describe('Initialize Specs plan', () => {
  it('creates every template under the specs root of an empty workspace, sorted', async () => {
    const plan = await planInitialize(TEMPLATES, 'specs', memoryHost({ 'README.md': 'hello' }));
    assert.deepEqual(plan.create, [
      { path: 'specs/api/README.md', content: '# API\n' },
      { path: 'specs/auth/jwt.md', content: '# JWT\n' },
      { path: 'specs/db/models.md', content: '# Models\n' },
    ]);
    assert.deepEqual([plan.skipped, plan.refused], [[], []]);
  });

  it('skips files that exist and never plans to overwrite them', async () => {
    const plan = await planInitialize(TEMPLATES, './docs/specs/', memoryHost({ 'docs/specs/db/models.md': 'mine' }));
    assert.equal(plan.specsRoot, 'docs/specs');
    assert.deepEqual(plan.create.map((c) => c.path), ['docs/specs/api/README.md', 'docs/specs/auth/jwt.md']);
    assert.deepEqual(plan.skipped, ['docs/specs/db/models.md']);
  });

  it('refuses template paths that climb out of the specs root', async () => {
    const templates = new Map([...TEMPLATES, ['../evil.md', 'x'], ['/etc/passwd', 'x'], ['db\\..\\..\\x.md', 'x'], ['db/./x.md', 'x']]);
    const plan = await planInitialize(templates, 'specs', memoryHost({}));
    assert.deepEqual(plan.refused, ['../evil.md', '/etc/passwd', 'db/./x.md', 'db\\..\\..\\x.md']);
    assert.ok(plan.create.every((c) => c.path.startsWith('specs/')));
  });

  it('refuses a specs root that leaves the workspace folder', async () => {
    for (const root of ['../specs', '/specs', 'specs/../..', '', 'C:/specs']) {
      assert.equal(checkedSpecsRoot(root), undefined, root);
      const plan = await planInitialize(TEMPLATES, root, memoryHost({}));
      assert.deepEqual([plan.create, plan.skipped, plan.refused.length], [[], [], 3], root);
    }
  });

  it('does not write through a link that leads out of the specs root or the workspace', async () => {
    // specs/db is a link to another folder of the workspace; specs/auth leads outside it.
    const plan = await planInitialize(TEMPLATES, 'specs', memoryHost({ 'specs/api/other.md': 'x', 'elsewhere/x.md': 'x' }, { 'specs/db': 'elsewhere', 'specs/auth': null }));
    assert.deepEqual(plan.create.map((c) => c.path), ['specs/api/README.md']);
    assert.deepEqual(plan.refused, ['specs/auth/jwt.md', 'specs/db/models.md']);
  });

  it('refuses everything when the specs root itself is a link leading outside', async () => {
    const plan = await planInitialize(TEMPLATES, 'specs', memoryHost({}, { specs: null }));
    assert.deepEqual([plan.create, plan.skipped], [[], []]);
    assert.deepEqual(plan.refused, ['specs/api/README.md', 'specs/auth/jwt.md', 'specs/db/models.md']);
  });
});
