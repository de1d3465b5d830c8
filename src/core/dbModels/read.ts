// Reads database models from a markdown spec written in any of the common
// styles: column tables (Column | Type | Constraints | Description), typed
// bullets (`- \`title\`: string, required`), SQL CREATE TABLE blocks and
// SQLModel class blocks. A model under a heading takes the heading's name;
// tables and classes of the same name (Task, tasks) merge into one model.
import type { DbField, DbModel } from './types';
import { normalizeModelName } from './find';
import { githubSlug } from '../references';
import { readSqlModelClasses, readSqlTables, type BlockModel } from './blocks';


const NAME_HEADER = /^(column|field|name|attribute|column name|field name)$/i;
const TYPED_BULLET = /^\s*[-*+]\s+(?:\*\*)?`?(\w+)`?(?:\*\*)?\s*(?::|\(|-|—)\s*`?([A-Za-z][\w[\]| ()]*)/;
const OWNER_NAME = /^(user_?id|owner_?id|userid|ownerid)$/i;

interface Section {
  heading: string;
  line: number;
  fields: DbField[];
  userForeignKeys: string[];
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim().replace(/`/g, ''));
}

/** The database models a markdown spec defines. */
export function readDbModels(file: string, text: string): DbModel[] {
  const lines = text.split(/\r?\n/);
  const sections: Section[] = [];
  const blocks: BlockModel[] = [];
  let section: Section | undefined;
  let fence: { lang: string; start: number; body: string[] } | undefined;
  let table: { nameCol: number; typeCol: number } | undefined;

  lines.forEach((line, i) => {
    if (fence) {
      if (/^\s*(```|~~~)/.test(line)) {
        if (/^sql/i.test(fence.lang)) blocks.push(...readSqlTables(fence.body, fence.start));
        if (/^py/i.test(fence.lang)) blocks.push(...readSqlModelClasses(fence.body, fence.start));
        fence = undefined;
      } else fence.body.push(line);
      return;
    }
    const open = /^\s*(?:```|~~~)\s*(\w*)/.exec(line);
    if (open) {
      fence = { lang: open[1] ?? '', start: i + 1, body: [] };
      table = undefined;
      return;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      section = { heading: (heading[1] as string).replace(/[`*]/g, ''), line: i, fields: [], userForeignKeys: [] };
      sections.push(section);
      table = undefined;
      return;
    }
    if (!section) return;
    if (/^\s*\|/.test(line)) {
      const row = cells(line);
      if (!table) {
        const nameCol = row.findIndex((c) => NAME_HEADER.test(c));
        const typeCol = row.findIndex((c) => /^(type|data type)$/i.test(c));
        if (nameCol >= 0 && typeCol >= 0) table = { nameCol, typeCol };
        return;
      }
      if (row.every((c) => /^:?-+:?$/.test(c))) return;
      const name = row[table.nameCol];
      if (name && /^\w+$/.test(name)) {
        section.fields.push({ name, type: row[table.typeCol] ?? '', line: i });
        if (/(foreign key|fk|references)\s*(→|->|to)?\s*`?users?\.id/i.test(line)) section.userForeignKeys.push(name);
      }
      return;
    }
    table = undefined;
    const bullet = TYPED_BULLET.exec(line);
    if (bullet && /^(int|integer|str|string|text|varchar|bool|boolean|float|number|datetime|date|uuid|serial|bigint|timestamp|email|decimal|json)/i.test(bullet[2] as string)) {
      section.fields.push({ name: bullet[1] as string, type: (bullet[2] as string).trim(), line: i });
      if (/(foreign key|fk|references)\s*(→|->|to)?\s*`?users?\.id/i.test(line)) section.userForeignKeys.push(bullet[1] as string);
    }
  });

  const models: DbModel[] = [];
  const add = (name: string, line: number, anchors: string[], fields: DbField[], userFks: string[]) => {
    const key = normalizeModelName(name);
    const existing = models.find((m) => normalizeModelName(m.name) === key || m.anchors.includes(key));
    const target = existing ?? { name, file, line, anchors: [], fields: [] };
    if (!existing) models.push(target);
    for (const a of anchors) if (!target.anchors.includes(a)) target.anchors.push(a);
    for (const f of fields) if (!target.fields.some((g) => g.name === f.name)) target.fields.push(f);
    const owner = userFks[0] ?? fields.find((f) => OWNER_NAME.test(f.name))?.name;
    if (owner && !target.ownerField) target.ownerField = owner;
  };
  for (const s of sections) {
    // "2. Tasks Table", "3.1 Task model": a numbered heading names the model after its number.
    const name = s.heading.replace(/^\d+(?:\.\d+)*[.)]?\s+/, '').replace(/^(model|table)\s*:\s*/i, '').replace(/\s*\((model|table)\)$/i, '').replace(/\s+(model|table)$/i, '');
    if (s.fields.length > 0) add(name, s.line, [githubSlug(s.heading), normalizeModelName(name)], s.fields, s.userForeignKeys);
  }
  for (const b of blocks) {
    const under = [...sections].reverse().find((s) => s.line < b.line);
    const sameAsHeading = under && normalizeModelName(under.heading.replace(/\s+(model|table)$/i, '')) === normalizeModelName(b.name);
    add(b.name, b.line, sameAsHeading && under ? [githubSlug(under.heading), normalizeModelName(b.name)] : [normalizeModelName(b.name)], b.fields, b.userForeignKeys);
  }
  return models;
}
