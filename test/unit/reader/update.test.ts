import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readApiSpecs } from '../../../src/core/reader';
import { planSpecUpdate, writeApiSpecs } from '../../../src/core/writer';
import type { ApiDesign } from '../../../src/core/model';
import { applyEdits } from '../../support/applyEdits';

const DIR = join(process.cwd(), 'test', 'fixtures', 'handwritten');
const load = (name: string) => ({ path: `specs/api/${name}`, text: readFileSync(join(DIR, name), 'utf8') });
const clone = (d: ApiDesign): ApiDesign => JSON.parse(JSON.stringify(d));

/** Asserts the new text equals the old outside one replaced region. */
function onlyRegionChanged(before: string, after: string, from: number, to: number): void {
  assert.equal(after.slice(0, from), before.slice(0, from), 'bytes before the section are unchanged');
  const tail = before.length - to;
  assert.equal(after.slice(after.length - tail), before.slice(to), 'bytes after the section are unchanged');
}

describe('partial update of spec files', () => {
  it('replaces only the changed route of a hand-written file, keeping every other byte', () => {
    const file = load('numbered-headings.md');
    const old = readApiSpecs([file]);
    const design = clone(old.design);
    const route = design.resources[0]?.routes[0];
    assert.ok(route);
    route.errors = [401, 422];
    const plan = planSpecUpdate([file], design);
    assert.equal(plan.creates.filter((c) => c.file === file.path).length, 0);
    const mine = plan.edits.filter((e) => e.file === file.path);
    assert.equal(mine.length, 1);
    const edit = mine[0];
    assert.ok(edit);
    const after = applyEdits(file.path, file.text, plan.edits);
    onlyRegionChanged(file.text, after, edit.range.start.offset, edit.range.end.offset);
    const back = readApiSpecs([{ path: file.path, text: after }]).design.resources[0]?.routes[0];
    assert.deepEqual(back?.errors, [401, 422]);
    // The second route is untouched, byte for byte.
    assert.ok(after.includes(file.text.slice(file.text.indexOf('### 2. POST'))));
  });

  it('renders the changed route in the file\'s CRLF line endings and keeps its extra prose', () => {
    const file = load('endpoint-lines-crlf.md');
    const design = clone(readApiSpecs([file]).design);
    const put = design.resources[0]?.routes[1];
    assert.ok(put);
    put.purpose = 'Replace a task.';
    // A changed response has no single line to replace, so the whole section is rewritten.
    put.responses = [{ status: 200, schema: 'TaskRead' }];
    const plan = planSpecUpdate([file], design);
    const edit = plan.edits.find((e) => e.file === file.path);
    assert.ok(edit);
    assert.ok(!/(^|[^\r])\n/.test(edit.newText), 'no bare LF in the new text');
    assert.ok(edit.newText.includes('The server sets `updated_at`.'));
    const after = applyEdits(file.path, file.text, plan.edits);
    onlyRegionChanged(file.text, after, edit.range.start.offset, edit.range.end.offset);
    assert.equal(readApiSpecs([{ path: file.path, text: after }]).design.resources[0]?.routes[1]?.purpose, 'Replace a task.');
    assert.deepEqual(readApiSpecs([{ path: file.path, text: after }]).design.resources[0]?.routes[1]?.responses, [{ status: 200, schema: 'TaskRead' }]);
  });

  it('adds a new route after the last route and creates the file of a new resource', () => {
    const generated = writeApiSpecs(readApiSpecs([load('user-in-path.md')]).design);
    const design = clone(readApiSpecs(generated).design);
    const resource = design.resources[0];
    assert.ok(resource);
    resource.routes.push({ method: 'POST', path: '/api/{user_id}/tasks', purpose: 'Create a task.', auth: 'jwt', ownership: 'owner', params: [], responses: [{ status: 201 }], errors: [401, 422] });
    design.resources.push({ name: 'notes', title: 'Notes', owned: true, routes: [{ method: 'GET', path: '/api/notes', purpose: 'List notes.', auth: 'jwt', ownership: 'owner', params: [], responses: [{ status: 200 }], errors: [401] }] });
    const plan = planSpecUpdate(generated, design);
    assert.deepEqual(plan.creates.map((c) => c.file), ['specs/api/notes.md']);
    const resourceFile = generated.find((f) => f.path === `specs/api/${resource.name}.md`);
    assert.ok(resourceFile);
    const inserts = plan.edits.filter((e) => e.file === resourceFile.path);
    assert.equal(inserts.length, 1);
    assert.equal(inserts[0]?.range.start.offset, inserts[0]?.range.end.offset, 'an insertion, nothing replaced');
    const after = applyEdits(resourceFile.path, resourceFile.text, plan.edits);
    const files = generated.map((f) => ({ path: f.path, text: applyEdits(f.path, f.text, plan.edits) })).concat(plan.creates.map((c) => ({ path: c.file, text: c.content })));
    const back = readApiSpecs(files).design;
    assert.deepEqual(back.resources.map((r) => r.routes.map((x) => `${x.method} ${x.path}`)), design.resources.map((r) => r.routes.map((x) => `${x.method} ${x.path}`)));
    assert.ok(after.startsWith(resourceFile.text.slice(0, inserts[0]?.range.start.offset)));
  });

  it('plans nothing when the design did not change', () => {
    const file = load('fields-bullets.md');
    const plan = planSpecUpdate([file], readApiSpecs([file]).design);
    assert.deepEqual(plan.edits.filter((e) => e.file === file.path), []);
  });
});
