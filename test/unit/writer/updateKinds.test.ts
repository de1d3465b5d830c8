// Each kind of model change, planned against two complete workspaces: the
// writer's canonical files (golden taskflow) and the hand-styled example
// workspace (examples/taskflow). For each: the edits stay inside the changed
// part, every other byte of every file is identical, and reading the result
// back gives the changed design.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readApiSpecs } from '../../../src/core/reader';
import { planSpecUpdate, type SpecUpdatePlan } from '../../../src/core/writer';
import type { ApiDesign, Route } from '../../../src/core/model';
import { applyPlan, assertOnlyChanged, assertUntouched, lineRegion, sectionRegion, type SpecFile } from '../../support/updateCheck';

const load = (dir: string): SpecFile[] =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => ({ path: `specs/api/${n}`, text: readFileSync(join(dir, n), 'utf8') }));

const WORKSPACES: Array<[string, string]> = [
  ['canonical files', join(process.cwd(), 'test/fixtures/golden/taskflow')],
  ['hand-styled example', join(process.cwd(), 'examples/taskflow/specs/api')],
];
const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
/** The tasks resource of a design (resources are read in file order: shares comes first). */
const tasksIn = (d: ApiDesign): ApiDesign['resources'][number] => d.resources.find((r) => r.name === 'tasks') as ApiDesign['resources'][number];

for (const [label, dir] of WORKSPACES) {
  describe(`partial update by kind of change, ${label}`, () => {
    let files: SpecFile[];
    let design: ApiDesign;
    let sources: ReturnType<typeof readApiSpecs>['sources'];
    const file = (name: string): SpecFile => files.find((f) => f.path === `specs/api/${name}`) as SpecFile;
    const tasks = () => design.resources.find((r) => r.name === 'tasks') as ApiDesign['resources'][number];
    const route = (k: string): Route => tasks().routes.find((r) => key(r) === k) as Route;
    const span = (element: object): [number, number] => {
      const s = sources.get(element);
      assert.ok(s, 'the element has a source');
      return [s.range.start.offset, s.range.end.offset];
    };
    /** Plans `change` on a copy of the design; asserts the result reads back as the changed design. */
    const plan = (change: (d: ApiDesign) => void): { plan: SpecUpdatePlan; now: ApiDesign; after: SpecFile[] } => {
      const now = structuredClone(design);
      change(now);
      const p = planSpecUpdate(files, now);
      const after = applyPlan(files, p);
      assert.deepEqual(readApiSpecs(after).design, JSON.parse(JSON.stringify(now)), 'reads back as the changed design');
      return { plan: p, now, after };
    };

    beforeEach(() => {
      files = load(dir);
      const read = readApiSpecs(files);
      design = read.design;
      sources = read.sources;
    });

    it('removes a removed route from its file and its row from the README index', () => {
      const gone = route('POST /api/tasks');
      const { plan: p, after } = plan((d) => tasksIn(d).routes.splice(1, 1));
      assertOnlyChanged(file('tasks.md'), p.edits, [span(gone)]);
      assertOnlyChanged(file('README.md'), p.edits, [lineRegion(file('README.md').text, '| POST | /api/tasks |')]);
      for (const name of ['errors.md', 'users.md']) assertUntouched(file(name), p);
      assert.ok(!after.find((f) => f.path === 'specs/api/tasks.md')?.text.includes('## POST /api/tasks'));
    });

    it('updates a changed resource title and description, and the README resource list', () => {
      const text = file('tasks.md').text;
      const description = tasks().description as string;
      const at = text.indexOf(description.slice(0, 30));
      const { plan: p } = plan((d) => {
        const r = tasksIn(d);
        r.title = 'Todo items';
        r.description = 'Everything the caller has to do.';
      });
      assertOnlyChanged(file('tasks.md'), p.edits, [lineRegion(text, '# Tasks API'), [at, text.indexOf('\n\n', at)]]);
      // The canonical README lists the resources; the example's author left the list out, and it stays out.
      if (/^## Resources/m.test(file('README.md').text)) assertOnlyChanged(file('README.md'), p.edits, [sectionRegion(file('README.md').text, 'Resources')]);
      else assertUntouched(file('README.md'), p);
      for (const name of ['errors.md', 'users.md']) assertUntouched(file(name), p);
    });

    it('reorders routes, carrying unchanged sections over byte for byte', () => {
      const all = tasks().routes.map(span);
      const sections = all.map(([a, b]) => file('tasks.md').text.slice(a, b));
      const { plan: p, after } = plan((d) => tasksIn(d).routes.reverse());
      assertOnlyChanged(file('tasks.md'), p.edits, [[Math.min(...all.map((s) => s[0])), Math.max(...all.map((s) => s[1]))]]);
      assertOnlyChanged(file('README.md'), p.edits, [sectionRegion(file('README.md').text, 'Routes')]);
      const text = after.find((f) => f.path === 'specs/api/tasks.md')?.text ?? '';
      const places = sections.map((s) => text.indexOf(s));
      assert.ok(places.every((x) => x >= 0), 'every section is still there, byte for byte');
      assert.deepEqual([...places].sort((a, b) => b - a), places, 'in the new order');
    });

    it('replaces only the purpose of a route whose purpose alone changed, keeping its hand-written auth line', () => {
      const me = design.resources.find((r) => r.name === 'users')?.routes[0];
      assert.ok(me);
      const purpose = sources.get(me)?.parts.purpose;
      assert.ok(purpose);
      const { plan: p } = plan((d) => {
        const r = d.resources.find((x) => x.name === 'users')?.routes[0];
        if (r) r.purpose = 'Read the signed-in user.';
      });
      const users = file('users.md');
      const edits = p.edits.filter((e) => e.file === users.path);
      assert.deepEqual(edits.map((e) => [e.range.start.offset, e.range.end.offset, e.newText]), [[purpose.start.offset, purpose.end.offset, 'Read the signed-in user.']]);
      assertOnlyChanged(users, p.edits, [[purpose.start.offset, purpose.end.offset]]);
      for (const name of ['errors.md', 'tasks.md']) assertUntouched(file(name), p);
    });

    it('removes a removed schema and rewrites only the changed one', () => {
      const removed = design.schemas.find((s) => s.name === 'TaskCreate');
      const changed = design.schemas.find((s) => s.name === 'TaskUpdate');
      assert.ok(removed && changed);
      const { plan: p, now } = plan((d) => {
        d.schemas = d.schemas.filter((s) => s.name !== 'TaskCreate');
        const s = d.schemas.find((x) => x.name === 'TaskUpdate');
        s?.fields.pop();
        if (s) s.description = 'Only the fields sent change.';
      });
      assertOnlyChanged(file('tasks.md'), p.edits, [span(removed), span(changed)]);
      for (const name of ['README.md', 'errors.md', 'users.md']) assertUntouched(file(name), p);
      assert.equal(now.schemas.length, design.schemas.length - 1);
    });

    it('rewrites a route whose auth, ownership and errors changed, and the ownership line of its resource', () => {
      const changed = route('GET /api/tasks/{task_id}');
      const text = file('tasks.md').text;
      const { plan: p } = plan((d) => {
        const r = tasksIn(d);
        const x = r.routes.find((y) => key(y) === 'GET /api/tasks/{task_id}') as Route;
        x.auth = 'public';
        delete x.access;
        x.ownership = 'none';
        x.errors = [404, 500];
        r.owned = false;
      });
      assertOnlyChanged(file('tasks.md'), p.edits, [span(changed), lineRegion(text, 'Rows are owned by a user')]);
      // The README index shows no auth column, so it stays as it was.
      for (const name of ['README.md', 'errors.md', 'users.md']) assertUntouched(file(name), p);
    });

    it('updates, removes and adds status code rows of errors.md', () => {
      const text = file('errors.md').text;
      const { plan: p, after } = plan((d) => {
        d.errors.catalog = d.errors.catalog.filter((s) => s.status !== 401).map((s) => (s.status === 404 ? { ...s, when: 'The row is missing or another user owns it.' } : s));
        d.errors.catalog.push({ status: 409, meaning: 'Conflict', when: 'A task with this title exists.' });
      });
      assertOnlyChanged(file('errors.md'), p.edits, [lineRegion(text, '| 401 |'), lineRegion(text, '| 404 |'), lineRegion(text, '| 422 |')]);
      for (const name of ['README.md', 'tasks.md', 'users.md']) assertUntouched(file(name), p);
      const errors = after.find((f) => f.path === 'specs/api/errors.md')?.text ?? '';
      assert.ok(errors.includes(text.slice(...lineRegion(text, '| 422 |'))), 'the unchanged 422 row is kept byte for byte');
      assert.match(errors, /^\| 409 \| Conflict \| A task with this title exists\. \|$/m);
    });

    it('adds a route: a section after the last route and a row in the README index', () => {
      const routes = tasks().routes.map(span);
      const last = Math.max(...routes.map((s) => s[1]));
      const { plan: p } = plan((d) =>
        tasksIn(d).routes.push({ method: 'POST', path: '/api/tasks/{task_id}/done', purpose: 'Mark a task done.', auth: 'jwt', ownership: 'owner', params: [{ name: 'task_id', in: 'path', type: 'integer', required: true }], responses: [{ status: 200, schema: 'TaskRead' }], errors: [401, 404] }),
      );
      assertOnlyChanged(file('tasks.md'), p.edits, [[last, last]]);
      assertOnlyChanged(file('README.md'), p.edits, [lineRegion(file('README.md').text, '| DELETE | /api/tasks/{task_id} |')]);
      for (const name of ['errors.md', 'users.md']) assertUntouched(file(name), p);
    });

    it('removes a resource: its file is deleted, the README loses its rows', () => {
      const readme = file('README.md').text;
      const { plan: p } = plan((d) => (d.resources = d.resources.filter((r) => r.name !== 'users')));
      assert.deepEqual(p.deletes, ['specs/api/users.md']);
      assert.deepEqual(p.creates, []);
      const regions = [lineRegion(readme, '| GET | /api/users/me |')];
      if (/^## Resources/m.test(readme)) regions.push(sectionRegion(readme, 'Resources'));
      assertOnlyChanged(file('README.md'), p.edits, regions);
      // UserRead stays in the design, so it moves to the remaining resource file's schemas.
      const text = file('tasks.md').text;
      assertOnlyChanged(file('tasks.md'), p.edits, [[text.length, text.length]]);
      assertUntouched(file('errors.md'), p);
    });
  });
}
