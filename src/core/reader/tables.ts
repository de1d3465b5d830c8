// GFM tables: route summaries (Method | Path | Purpose), parameter tables,
// field tables and status-code tables, with the column names people use.
import type { Table } from 'mdast';
import type { Field, Parameter, Route, Schema, SourceRange } from '../model';
import { plainText } from './markdown';
import type { FileRead } from './types';

interface TableContext {
  read: FileRead;
  route?: Route;
  schema?: Schema;
  /** Title of the overview section the table is in (README, errors file). */
  section?: string;
  mode: string;
  range: (a: number, b: number) => SourceRange;
}

const col = (header: string[], ...names: RegExp[]): number => header.findIndex((h) => names.some((n) => n.test(h)));
export const yes = (v: string | undefined): boolean => /^(yes|y|true|required|✓|✔|x)$/i.test((v ?? '').trim());
const opt = (v: string | undefined): string | undefined => {
  const t = (v ?? '').trim();
  return t === '' ? undefined : t;
};

/** Columns of a field table, by the names people give them; -1 for a missing column. */
export interface FieldColumns {
  name: number;
  type: number;
  in: number;
  required: number;
  nullable: number;
  constraints: number;
  example: number;
  description: number;
}

/** The field columns of a lower-cased header, or undefined when it has no name column. */
export function fieldColumns(header: string[]): FieldColumns | undefined {
  const name = col(header, /^(name|field|parameter|param|property|attribute|column|key)$/);
  if (name < 0) return undefined;
  return {
    name,
    type: col(header, /^(type|data type|format)$/),
    in: col(header, /^(in|location|where|source)$/),
    required: col(header, /^(required|req|required\?|mandatory)$/),
    nullable: col(header, /^(nullable|null)$/),
    constraints: col(header, /^(constraints?|validation|rules)$/),
    example: col(header, /^(example|sample)$/),
    description: col(header, /^(description|notes?|purpose|meaning|details)$/),
  };
}

/** The field one row of a field table gives (plain cell texts), or undefined when its name is not an identifier. */
export function fieldOf(cells: string[], cols: FieldColumns): Field | undefined {
  const name = (cells[cols.name] ?? '').replace(/`/g, '').trim();
  if (!/^[A-Za-z_]\w*$/.test(name)) return undefined;
  const at = (i: number) => (i >= 0 ? opt(cells[i]) : undefined);
  const f: Field = { name, type: at(cols.type)?.replace(/`/g, '') ?? 'string', required: cols.required >= 0 ? yes(cells[cols.required]) : true, nullable: cols.nullable >= 0 ? yes(cells[cols.nullable]) : false };
  const c = at(cols.constraints);
  if (c !== undefined) f.constraints = c;
  const e = at(cols.example);
  if (e !== undefined) f.example = e;
  const d = at(cols.description);
  if (d !== undefined) f.description = d;
  return f;
}

/** Reads a table; returns the route part it filled, '' when placed outside a route, undefined when not understood. */
export function readTable(node: Table, text: string, ctx: TableContext): string | undefined {
  void text;
  const [head, ...body] = node.children;
  if (!head) return undefined;
  const header = head.children.map((c) => plainText(c).trim().toLowerCase());
  const rows = body.map((r) => r.children.map((c) => plainText(c).trim()));
  const iMethod = col(header, /^(method|verb|http method)$/);
  const iPath = col(header, /^(path|endpoint|route|url)$/);
  if (iMethod >= 0 && iPath >= 0) {
    if (ctx.route) return undefined;
    const iPurpose = col(header, /^(purpose|description|summary|action)$/);
    body.forEach((r, i) => {
      const cells = rows[i] ?? [];
      const method = (cells[iMethod] ?? '').replace(/`/g, '').toUpperCase();
      const path = (cells[iPath] ?? '').replace(/`/g, '').replace(/:([A-Za-z_]\w*)/g, '{$1}');
      if (!/^(GET|POST|PUT|PATCH|DELETE)$/.test(method) || !/^\/\S*$/.test(path)) return;
      const route: Route = { method: method as Route['method'], path, purpose: iPurpose >= 0 ? (cells[iPurpose] ?? '') : '', params: [], responses: [], errors: [] };
      const auth = col(header, /^(auth|authentication)$/);
      if (auth >= 0) route.auth = /^(no|none|public|-)$/i.test(cells[auth] ?? '') ? 'public' : /^(yes|jwt|required|bearer)/i.test(cells[auth] ?? '') ? 'jwt' : undefined;
      if (route.auth === undefined) delete route.auth;
      const a = r.position?.start.offset ?? 0;
      const b = r.position?.end.offset ?? a;
      ctx.read.summaryRoutes.push(route);
      ctx.read.sources.set(route, { file: ctx.read.file, range: ctx.range(a, b), parts: { heading: ctx.range(a, b) } });
    });
    return '';
  }
  const iStatus = col(header, /^(status|code|status code|http status|http code)$/);
  if (iStatus >= 0) {
    const iMeaning = col(header, /^(meaning|description|name|message)$/);
    const iWhen = col(header, /^(when|used when|cause|condition)$/);
    if (ctx.route) {
      for (const cells of rows) {
        const status = Number(/([1-5]\d\d)/.exec(cells[iStatus] ?? '')?.[1]);
        if (!status) continue;
        if (status < 400 && ctx.mode !== 'errors') {
          if (!ctx.route.responses.some((r) => r.status === status)) ctx.route.responses.push({ status });
        } else if (!ctx.route.errors.includes(status)) ctx.route.errors.push(status);
      }
      return ctx.mode === 'responses' ? 'responses' : 'errors';
    }
    const catalog = (ctx.read.errors ??= {}).catalog ?? [];
    for (const cells of rows) {
      const status = Number(/([1-5]\d\d)/.exec(cells[iStatus] ?? '')?.[1]);
      if (!status) continue;
      const entry: { status: number; meaning: string; when?: string } = { status, meaning: opt(cells[iMeaning]) ?? String(status) };
      const when = iWhen >= 0 ? opt(cells[iWhen]) : undefined;
      if (when !== undefined) entry.when = when;
      catalog.push(entry);
    }
    ctx.read.errors.catalog = catalog;
    return '';
  }
  const cols = fieldColumns(header);
  if (!cols) return undefined;
  const { name: iName, type: iType, in: iIn, required: iReq, constraints: iCons, description: iDesc } = cols;
  const names = rows.map((c) => (c[iName] ?? '').replace(/`/g, '').trim());
  if (ctx.route && (iIn >= 0 || ctx.mode === 'params' || names.every((n) => ctx.route?.path.includes(`{${n}}`)))) {
    rows.forEach((cells, i) => {
      const name = names[i] ?? '';
      if (!/^[A-Za-z_]\w*$/.test(name)) return;
      const where = (cells[iIn] ?? '').toLowerCase();
      const p: Parameter = {
        name,
        in: where.includes('path') || (!where.includes('query') && ctx.route?.path.includes(`{${name}}`)) ? 'path' : 'query',
        type: opt(cells[iType])?.replace(/`/g, '') ?? 'string',
        required: iReq >= 0 ? yes(cells[iReq]) : ctx.route?.path.includes(`{${name}}`) === true,
      };
      const d = iDesc >= 0 ? opt(cells[iDesc]) : iCons >= 0 ? opt(cells[iCons]) : undefined;
      if (d !== undefined) p.description = d;
      ctx.route?.params.push(p);
    });
    return 'params';
  }
  const fields = rows.flatMap((cells) => fieldOf(cells, cols) ?? []);
  if (ctx.schema && !ctx.route) {
    ctx.schema.fields.push(...fields);
    return '';
  }
  if (ctx.section === 'error schema' && ctx.read.errors?.schema?.kind === 'custom') {
    ctx.read.errors.schema.fields.push(...fields);
    return '';
  }
  if (ctx.route && ctx.mode === 'request') return 'request';
  return undefined;
}
