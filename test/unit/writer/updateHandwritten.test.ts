// Partial updates of the hand-written fixtures (test/fixtures/handwritten),
// one kind of change at a time: the edits stay inside the changed part, every
// other byte is identical, the file's line endings are kept, and reading the
// result back gives the changed resources and schemas.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readApiSpecs } from '../../../src/core/reader';
import { planSpecUpdate, type SpecUpdatePlan } from '../../../src/core/writer';
import type { ApiDesign, Resource, Route } from '../../../src/core/model';
import { applyPlan, assertOnlyChanged, lineRegion, type SpecFile } from '../../support/updateCheck';

const DIR = join(process.cwd(), 'test', 'fixtures', 'handwritten');
const FIXTURES = readdirSync(DIR).filter((n) => n.endsWith('.md')).sort();
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v));

for (const name of FIXTURES) {
  describe(`partial update of the hand-written ${name}`, () => {
    const file: SpecFile = { path: `specs/api/${name}`, text: readFileSync(join(DIR, name), 'utf8') };
    const read = readApiSpecs([file]);
    const resource = read.design.resources[0] as Resource;
    const span = (element: object): [number, number] => {
      const s = read.sources.get(element);
      assert.ok(s, 'the element has a source');
      return [s.range.start.offset, s.range.end.offset];
    };
    /** A route written as a section of its own (not a summary row or a fence line). */
    const isSection = (r: Route) => !/^(?:\||```|~~~)/.test(file.text.slice(span(r)[0]));
    /** Plans `change`; asserts the file's line endings are kept and the result reads back to the changed resources and schemas. */
    const plan = (change: (d: ApiDesign) => void): SpecUpdatePlan => {
      const now = structuredClone(read.design);
      change(now);
      const p = planSpecUpdate([file], now);
      assert.ok(!p.deletes.includes(file.path));
      if (file.text.includes('\r\n')) for (const e of p.edits) assert.ok(!/(^|[^\r])\n/.test(e.newText), 'no bare LF in a CRLF file');
      const back = readApiSpecs(applyPlan([file], p)).design;
      assert.deepEqual(back.resources, json(now.resources), 'reads back to the changed resources');
      assert.deepEqual(back.schemas, json(now.schemas), 'reads back to the changed schemas');
      return p;
    };
    const mine = (d: ApiDesign) => d.resources[0] as Resource;

    it('removes a removed route and nothing else', () => {
      const gone = resource.routes[resource.routes.length - 1] as Route;
      const p = plan((d) => mine(d).routes.pop());
      assertOnlyChanged(file, p.edits, [span(gone)]);
    });

    it('rewrites only the route whose auth, ownership and errors changed', () => {
      const target = resource.routes.find(isSection) as Route;
      assert.ok(target, 'the fixture has a route section');
      const p = plan((d) => {
        const r = mine(d).routes.find((x) => x.method === target.method && x.path === target.path) as Route;
        r.auth = r.auth === 'public' ? 'jwt' : 'public';
        r.ownership = 'owner';
        r.errors = [401, 404];
      });
      assertOnlyChanged(file, p.edits, [span(target)]);
    });

    it('reorders routes inside the part that holds them', () => {
      const spans = resource.routes.map(span);
      const p = plan((d) => mine(d).routes.reverse());
      if (resource.routes.length < 2) assert.deepEqual(p.edits, []);
      else assertOnlyChanged(file, p.edits, [[Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))]]);
    });

    it('updates the title and description of the resource in place', () => {
      const regions: Array<[number, number]> = [lineRegion(file.text, '# ')];
      if (resource.description !== undefined) {
        const at = file.text.indexOf(resource.description.slice(0, 20));
        regions.push([at, file.text.indexOf('\n', at + resource.description.length - 1)]);
      }
      const p = plan((d) => {
        mine(d).title = 'Todo items';
        mine(d).description = 'What the caller has to do.';
      });
      assertOnlyChanged(file, p.edits, regions);
    });

    if (read.design.schemas.length > 0) {
      it('rewrites a changed schema and removes a removed one', () => {
        const first = read.design.schemas[0];
        assert.ok(first);
        const p1 = plan((d) => d.schemas[0]?.fields.reverse());
        assertOnlyChanged(file, p1.edits, [span(first)]);
        const p2 = plan((d) => d.schemas.splice(0, 1));
        assertOnlyChanged(file, p2.edits, [span(first)]);
      });
    }
  });
}
