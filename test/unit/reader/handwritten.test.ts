import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readApiSpecs } from '../../../src/core/reader';
import type { Route } from '../../../src/core/model';

const DIR = join(process.cwd(), 'test', 'fixtures', 'handwritten');
const fixtures = readdirSync(DIR).filter((n) => n.endsWith('.md')).sort();

describe('reader on hand-written specs', () => {
  it('has at least eight fixtures in different styles', () => {
    assert.ok(fixtures.length >= 8, `found ${fixtures.length}`);
  });

  for (const name of fixtures) {
    it(`reads ${name} to its expected model and reports what it could not place`, () => {
      const text = readFileSync(join(DIR, name), 'utf8');
      const expected = JSON.parse(readFileSync(join(DIR, name.replace(/\.md$/, '.expected.json')), 'utf8'));
      const result = readApiSpecs([{ path: `specs/api/${name}`, text }]);
      assert.deepEqual(JSON.parse(JSON.stringify(result.design.resources)), expected.resources);
      assert.deepEqual(JSON.parse(JSON.stringify(result.design.schemas)), expected.schemas);
      assert.deepEqual(result.unplaced.map((u) => u.range.start.line + 1), expected.unplacedLines);
    });

    it(`places every route of ${name} at text that names it`, () => {
      const text = readFileSync(join(DIR, name), 'utf8');
      const result = readApiSpecs([{ path: `specs/api/${name}`, text }]);
      const routes: Route[] = result.design.resources.flatMap((r) => r.routes);
      for (const route of routes) {
        const span = result.sources.get(route);
        assert.ok(span, `${route.method} ${route.path} has a span`);
        const heading = span.parts.heading ?? span.range;
        const at = text.slice(heading.start.offset, heading.end.offset);
        assert.match(at, new RegExp(route.method), `heading text "${at}" names ${route.method}`);
        for (const part of Object.values(span.parts)) {
          // Line and character agree with the offset, also with CRLF line endings.
          const before = text.slice(0, part.start.offset).split('\n');
          assert.equal(part.start.line, before.length - 1);
          assert.equal(part.start.character, (before[before.length - 1] ?? '').length);
        }
        if (route.purpose !== '' && span.parts.purpose && span.parts.purpose.end.offset > span.parts.purpose.start.offset) {
          assert.ok(text.slice(span.parts.purpose.start.offset, span.parts.purpose.end.offset).includes(route.purpose.slice(0, 10)));
        }
      }
    });
  }

  it('applies "All endpoints require JWT" with its exception, with the sentence as the auth source', () => {
    const text = readFileSync(join(DIR, 'numbered-headings.md'), 'utf8');
    const result = readApiSpecs([{ path: 'specs/api/x.md', text }]);
    const [list, login] = result.design.resources[0]?.routes ?? [];
    assert.equal(list?.auth, 'jwt');
    assert.equal(login?.auth, 'public');
    const auth = list && result.sources.get(list)?.parts.auth;
    assert.ok(auth);
    assert.match(text.slice(auth.start.offset, auth.end.offset), /^All endpoints require JWT/);
  });

  it('leaves auth, ownership and errors unset when a route says nothing about them', () => {
    const result = readApiSpecs([{ path: 'specs/api/x.md', text: '# X\n\n## GET /api/things\n\nList things.\n' }]);
    const route = result.design.resources[0]?.routes[0];
    assert.ok(route);
    assert.equal(route.auth, undefined);
    assert.equal(route.ownership, undefined);
    assert.deepEqual(route.errors, []);
    assert.equal(route.purpose, 'List things.');
  });

  it('gives an empty purpose to a route without one', () => {
    const route = readApiSpecs([{ path: 'specs/api/x.md', text: '## DELETE /api/things/{id}\n\n- **Errors:** 404\n' }]).design.resources[0]?.routes[0];
    assert.equal(route?.purpose, '');
    assert.deepEqual(route?.errors, [404]);
  });

  it('keeps a note written after a schema\'s field table as unplaced text, not as the schema\'s description', () => {
    const text = '# X\n\n## Schemas\n\n### TaskRead\n\nA task as the API returns it.\n\n| field | type |\n|---|---|\n| id | integer |\n\nIds are never reused.\n';
    const result = readApiSpecs([{ path: 'specs/api/x.md', text }]);
    assert.equal(result.design.schemas[0]?.description, 'A task as the API returns it.');
    const note = result.unplaced.find((u) => text.slice(u.range.start.offset, u.range.end.offset) === 'Ids are never reused.');
    assert.ok(note, JSON.stringify(result.unplaced));
  });
});
