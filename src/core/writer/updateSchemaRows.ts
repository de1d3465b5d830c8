// A schema whose only change is in its fields gets its field table updated
// row by row, like the route index and the status catalog: the header, the
// delimiter row, the column order, columns the model has no value for and the
// rows of unchanged fields keep their bytes; a changed row keeps the cells of
// unchanged values and writes the others as the column writes them (`code`
// names and types, `✓` for yes). The result is read back; when it does not
// give the new schema, the caller rewrites the whole section instead.
import type { PhrasingContent } from 'mdast';
import type { Field, Schema, SourceSpan } from '../model';
import { readApiFile } from '../reader';
import { fieldColumns, fieldOf, yes, type FieldColumns } from '../reader';
import { offsets } from '../reader';
import { FilePlan } from './filePlan';
import { code, stringify, text } from './markdown';
import { same } from './sameModel';
import { findTable, planRows, type FoundTable } from './updateTables';

type Prop = keyof Omit<FieldColumns, 'in'>;
const PROPS: Prop[] = ['name', 'type', 'required', 'nullable', 'constraints', 'example', 'description'];

/** One cell's markdown as the writer escapes it inside a table row. */
function cellText(content: PhrasingContent[]): string {
  const row = (cells: PhrasingContent[]) => ({ type: 'tableRow' as const, children: [{ type: 'tableCell' as const, children: cells }] });
  const out = stringify([{ type: 'table', align: [null], children: [row([text('x')]), row(content)] }]).split('\n')[2] ?? '';
  return out.replace(/^\|\s?/, '').replace(/\s?\|$/, '').trim();
}

/** How a column writes new values: in `code` when every filled cell is, booleans with the words its rows use. */
function columnStyle(found: FoundTable, i: number, cols: FieldColumns): { coded: boolean; flag: (v: boolean) => string } {
  const filled = found.rows.map((r) => r.cells[i] ?? '').filter((c) => c !== '');
  const coded = filled.length > 0 && filled.every((c) => /^`[^`]+`$/.test(c));
  const flag = (v: boolean): string => {
    const like = found.rows.find((r) => fieldOf(r.plain, cols) !== undefined && yes(r.plain[i]) === v);
    return like ? (like.cells[i] ?? '') : v ? 'yes' : 'no';
  };
  return { coded, flag };
}

/** The cells of a field's row in the table's columns; `before` is its existing row, if any. */
function rowCells(found: FoundTable, cols: FieldColumns, f: Field, before: { cells: string[]; plain: string[] } | undefined): string[] {
  const was = before && fieldOf(before.plain, cols);
  return found.header.map((_, i) => {
    const prop = PROPS.find((p) => cols[p] === i);
    // A column the model has no value for keeps its cell (empty in a new row).
    if (prop === undefined) return before?.cells[i] ?? '';
    const value = f[prop];
    if (before && was && same(was[prop], value)) return before.cells[i] ?? '';
    const style = columnStyle(found, i, cols);
    if (typeof value === 'boolean') return style.flag(value);
    if (value === undefined || value === '') return '';
    return cellText([style.coded && !value.includes('`') ? code(value) : text(value)]);
  });
}

/** Plans the row edits of a schema whose fields changed; false when its section must be rewritten whole. */
export function planFieldRows(plan: FilePlan, span: SourceSpan, before: Schema, after: Schema): boolean {
  if (before.name !== after.name || before.description !== after.description || before.basedOn !== after.basedOn) return false;
  const part = span.parts.fields;
  const names = after.fields.map((f) => f.name);
  if (!part || after.fields.length === 0 || new Set(names).size !== names.length) return false;
  if (part.start.offset < span.range.start.offset || part.end.offset > span.range.end.offset) return false;
  const found = findTable(plan, (h, t) => offsets(t)[0] === part.start.offset && offsets(t)[1] === part.end.offset && fieldColumns(h) !== undefined);
  const cols = found && fieldColumns(found.header);
  if (!found || !cols) return false;
  const keyOf = (_: string[], plain: string[]) => fieldOf(plain, cols)?.name;
  const keys = found.rows.map((r) => keyOf(r.cells, r.plain)).filter((k) => k !== undefined);
  if (new Set(keys).size !== keys.length) return false;
  const news = after.fields.map((f) => {
    const row = found.rows.find((r) => keyOf(r.cells, r.plain) === f.name);
    return { key: f.name, cells: rowCells(found, cols, f, row), changed: !same(before.fields.find((o) => o.name === f.name), f) };
  });
  // Planned on a scratch copy and read back first, as route parts are.
  const scratch = new FilePlan(plan.file, plan.text);
  planRows(scratch, found, keyOf, news);
  const back = readApiFile(plan.file, scratch.preview()).schemas.find((s) => s.name === after.name);
  if (!back || !same(back, after)) return false;
  plan.adopt(scratch);
  return true;
}
