// Schema field tables updated row by row: when only a schema's fields change,
// its hand-written table keeps its header, delimiter row, column order, extra
// columns and unchanged rows byte for byte; only the rows of changed, added
// and removed fields differ, written in the table's own columns.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readApiSpecs } from '../../../src/core/reader';
import { planSpecUpdate } from '../../../src/core/writer';
import type { ApiDesign, Field, Schema } from '../../../src/core/model';
import { applyPlan, type SpecFile } from '../../support/updateCheck';

const TABLE = [
  '| Name | Description | Type | Req | Default |',
  '|---|---|---|:-:|---|',
  '| `title` | What to do | `str` | ✓ | |',
  '| `done` | Finished yet | `bool` |  | false |',
  '| `due_at`   | When it is due | `datetime` | ✓ | none |',
];
const TEXT = [
  '# Tasks API',
  '',
  'Rows are owned by a user (`user_id`).',
  '',
  '## GET /api/tasks',
  '',
  'Lists the tasks.',
  '',
  '## Schemas',
  '',
  '### TaskCreate',
  '',
  'What a caller sends.',
  '',
  ...TABLE,
  '',
].join('\n');

const FILE: SpecFile = { path: 'specs/api/tasks.md', text: TEXT };

/** Plans `change` on the hand-written file; asserts the result reads back to the changed design and returns the new text. */
function update(change: (s: Schema) => void, files: SpecFile[] = [FILE]): string {
  const design = structuredClone(readApiSpecs(files).design);
  change(design.schemas.find((s) => s.name === 'TaskCreate') as Schema);
  const after = applyPlan(files, planSpecUpdate(files, design));
  assert.deepEqual(readApiSpecs(after).design, JSON.parse(JSON.stringify(design)) as ApiDesign, 'reads back to the changed design');
  return (after.find((f) => f.path === FILE.path) as SpecFile).text;
}

const field = (s: Schema, name: string): Field => s.fields.find((f) => f.name === name) as Field;
/** The file with the table's lines replaced. */
const withTable = (lines: string[]): string => TEXT.replace(TABLE.join('\n'), lines.join('\n'));

describe('partial update of a schema field table, row by row', () => {
  it('reads the hand-written table as expected', () => {
    const schema = readApiSpecs([FILE]).design.schemas[0] as Schema;
    assert.deepEqual(schema.fields.map((f) => [f.name, f.type, f.required, f.description]), [
      ['title', 'str', true, 'What to do'],
      ['done', 'bool', false, 'Finished yet'],
      ['due_at', 'datetime', true, 'When it is due'],
    ]);
  });

  it("changes only the row of a field whose type changed, in the table's columns and style", () => {
    const text = update((s) => (field(s, 'done').type = 'int'));
    assert.equal(text, withTable([TABLE[0], TABLE[1], TABLE[2], '| `done` | Finished yet | `int` | | false |', TABLE[4]] as string[]));
  });

  it("inserts a new field's row beside its neighbours, extra columns empty", () => {
    const text = update((s) => s.fields.splice(1, 0, { name: 'priority', type: 'int', required: false, nullable: false, description: 'Higher first' }));
    assert.equal(text, withTable([TABLE[0], TABLE[1], TABLE[2], '| `priority` | Higher first | `int` | | |', TABLE[3], TABLE[4]] as string[]));
  });

  it("removes a removed field's row and nothing else", () => {
    const text = update((s) => s.fields.splice(1, 1));
    assert.equal(text, withTable([TABLE[0], TABLE[1], TABLE[2], TABLE[4]] as string[]));
  });

  it('reuses the spelling the column has for a changed required flag', () => {
    const text = update((s) => (field(s, 'done').required = true));
    assert.equal(text, withTable([TABLE[0], TABLE[1], TABLE[2], '| `done` | Finished yet | `bool` | ✓ | false |', TABLE[4]] as string[]));
  });

  it('keeps CRLF line endings in a changed and an inserted row', () => {
    const crlf: SpecFile = { path: FILE.path, text: TEXT.replace(/\n/g, '\r\n') };
    const text = update((s) => {
      field(s, 'title').description = 'What to do next';
      s.fields.push({ name: 'tag', type: 'str', required: false, nullable: false });
    }, [crlf]);
    assert.ok(!/(^|[^\r])\n/.test(text), 'no bare LF');
    assert.ok(text.includes('| `due_at`   | When it is due | `datetime` | ✓ | none |\r\n| `tag` | | `str` | | |\r\n'));
    assert.ok(text.includes('| `title` | What to do next | `str` | ✓ | |\r\n'));
  });

  it('rewrites the section when the description changes too', () => {
    const text = update((s) => {
      s.description = 'Sent by a caller.';
      field(s, 'done').type = 'int';
    });
    assert.ok(!text.includes('|---|'), 'the section is in the canonical form');
  });

  it('rewrites the section when the table cannot hold the change (no Nullable column)', () => {
    const text = update((s) => (field(s, 'done').nullable = true));
    assert.ok(text.includes('| nullable |'), 'the canonical table has a nullable column');
  });
});

describe('partial update of the canonical files, schema fields', () => {
  const dir = join(process.cwd(), 'test/fixtures/golden/taskflow');
  const files: SpecFile[] = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => ({ path: `specs/api/${n}`, text: readFileSync(join(dir, n), 'utf8') }));

  it('changes one row per changed field and reads back to the design', () => {
    const design = structuredClone(readApiSpecs(files).design);
    const schema = design.schemas.find((s) => s.fields.length > 1) as Schema;
    const [first, second] = schema.fields as [Field, Field];
    second.type = 'int';
    first.example = 'an | example';
    schema.fields.push({ name: 'extra_field', type: 'str', required: false, nullable: true, constraints: 'max 10' });
    const plan = planSpecUpdate(files, design);
    const after = applyPlan(files, plan);
    assert.deepEqual(readApiSpecs(after).design, JSON.parse(JSON.stringify(design)) as ApiDesign);
    // Two rows replaced and one inserted; every other line of every file stays.
    const changed = files.flatMap((f) => {
      const oldLines = f.text.split('\n');
      const newLines = (after.find((a) => a.path === f.path) as SpecFile).text.split('\n').filter((l) => !l.startsWith('| extra_field |'));
      assert.equal(newLines.length, oldLines.length, `${f.path}: only the new row is added`);
      return newLines.flatMap((l, i) => (l === oldLines[i] ? [] : [[oldLines[i], l]]));
    });
    assert.deepEqual(changed.map(([, l]) => (l as string).split(' | ')[0]), [`| ${first.name}`, `| ${second.name}`]);
    assert.ok(after.some((f) => f.text.includes('| extra_field | str | no | yes | max 10 | | |')));
  });
});
