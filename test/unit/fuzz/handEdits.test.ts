// Property: generate, edit by hand, generate again (the CLI's update, which
// keeps what the design does not own). Every hand-written note and route
// survives, every byte the update touches lies in a section the per-file
// report names, and the report names exactly the route sections whose
// purpose the design and the hand edits disagree on.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { applyEdits } from '../../../src/core/designer';
import { validateDesign, type ApiDesign } from '../../../src/core/model';
import { planSpecUpdate, sectionChanges, sections, writeApiSpecs } from '../../../src/core/writer';

const ROOT = path.resolve(__dirname, '../../../..');
const loaded = validateDesign(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/golden/taskflow.model.json'), 'utf8')));
if (!loaded.ok) throw new Error('the golden model is not valid');
const DESIGN: ApiDesign = loaded.design;
const routes = DESIGN.resources.flatMap((r) => r.routes.map((route) => ({ resource: r.name, route })));

/** The [start, end) offsets of each section of a text, keyed as sectionChanges keys them. */
function spans(text: string): Array<{ key: string; from: number; to: number }> {
  const out: Array<{ key: string; from: number; to: number }> = [];
  let at = 0;
  for (const s of sections(text)) {
    const from = text.indexOf(s.text, at);
    out.push({ key: s.key, from, to: from + s.text.length });
    at = from + s.text.length;
  }
  return out;
}

const editArb = fc.record({
  notes: fc.array(fc.nat(), { maxLength: 4 }),
  handRoute: fc.boolean(),
  handPurpose: fc.option(fc.nat({ max: routes.length - 1 }), { nil: undefined }),
  designPurpose: fc.option(fc.nat({ max: routes.length - 1 }), { nil: undefined }),
});

describe('fuzz: generate twice with hand edits in between', function () {
  this.timeout(120000);

  it('keeps every hand-written note and route, and reports every section it touched, and only those the design changed', () => {
    fc.assert(
      fc.property(editArb, ({ notes, handRoute, handPurpose, designPurpose }) => {
        const files = new Map(writeApiSpecs(DESIGN).map((f) => [f.path, f.text] as const));
        const tasks = 'specs/api/tasks.md';
        let text = files.get(tasks) ?? '';
        // Hand edits: notes after blank lines outside tables and fences, a route, a purpose. A
        // paragraph right under a route heading is that route's purpose by the grammar
        // (docs/spec-format.md), owned by the design: notes go anywhere else.
        notes.forEach((n, i) => {
          const blanks = [...text.matchAll(/\n\n(?=[A-Z#])/g)].map((m) => (m.index ?? 0) + 2).filter((at) => !/^##+ [^\n]*$/.test(text.slice(text.lastIndexOf('\n', at - 3) + 1, at - 2)));
          const at = blanks[n % blanks.length] ?? text.length;
          text = `${text.slice(0, at)}Hand note ${i}: kept.\n\n${text.slice(at)}`;
        });
        if (handRoute) text += '\n## GET /api/tasks/search\n\nSearch the caller\'s tasks.\n\n- **Auth:** JWT required; only the caller\'s own tasks\n- **Response 200:** `TaskRead`\n- **Errors:** 401, 422\n';
        const edited = handPurpose === undefined ? undefined : routes[handPurpose];
        if (edited) {
          const file = `specs/api/${edited.resource}.md`;
          const t = file === tasks ? text : files.get(file) ?? '';
          const changed = t.replace(`\n${edited.route.purpose}\n`, '\nA purpose edited by hand.\n');
          if (file === tasks) text = changed;
          else files.set(file, changed);
        }
        files.set(tasks, text);

        const design = structuredClone(DESIGN);
        const wanted = designPurpose === undefined ? undefined : routes[designPurpose];
        if (wanted) {
          const r = design.resources.find((x) => x.name === wanted.resource)?.routes.find((x) => x.method === wanted.route.method && x.path === wanted.route.path);
          if (r) r.purpose = 'A purpose changed in the design.';
        }
        const existing = [...files].map(([p, t]) => ({ path: p, text: t }));
        const plan = planSpecUpdate(existing, design, { keep: { prune: false, deleteRemoved: false } });
        assert.deepEqual(plan.deletes, []);
        for (const f of existing) {
          const fileEdits = plan.edits.filter((e) => e.file === f.path);
          const after = applyEdits(f.text, fileEdits);
          for (const n of notes.keys()) if (f.path === tasks) assert.ok(after.includes(`Hand note ${n}: kept.`), `note ${n} lost\n${after}`);
          if (f.path === tasks && handRoute) assert.ok(after.includes('## GET /api/tasks/search\n\nSearch the caller\'s tasks.'), after);
          const report = sectionChanges(f.text, after);
          const named = new Set([...report.changed, ...report.removed]);
          // Every edit lies in a reported section (or inserts one).
          const parts = spans(f.text);
          for (const e of fileEdits) {
            const touched = parts.filter((s) => e.range.start.offset < s.to + 1 && e.range.end.offset >= s.from && !(e.range.start.offset === e.range.end.offset && (e.range.start.offset === s.to || e.range.start.offset === s.to + 1)));
            for (const s of touched) assert.ok(named.has(s.key) || report.added.length > 0, `${f.path}: edit at ${e.range.start.offset} touches ${s.key}, not reported (${[...named].join(', ')})`);
          }
          // The route sections reported are those whose purpose disagrees with the design.
          if (f.path.endsWith('/README.md') || f.path.endsWith('/errors.md')) continue;
          const expected = new Set<string>();
          const resource = f.path.replace(/^specs\/api\/|\.md$/g, '');
          if (edited?.resource === resource && !(wanted && wanted.route === edited.route)) expected.add(`## ${edited.route.method} ${edited.route.path}`);
          if (wanted?.resource === resource) expected.add(`## ${wanted.route.method} ${wanted.route.path}`);
          assert.deepEqual(new Set(report.changed), expected, `${f.path}\n${after}`);
          assert.deepEqual(report.removed, []);
        }
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});
