// Tables kept in the file's own columns and style: the README's route index
// and the errors file's status code catalog are updated row by row, new rows
// rendered in the table's columns (schema field tables: updateSchemaRows).
import type { Table } from 'mdast';
import type { ApiDesign, StatusMeaning } from '../model';
import { parseMarkdown, offsets, plainText } from '../reader';
import type { FilePlan } from './filePlan';
import { spliceBlocks } from './sequence';
import { routeKey, same } from './sameModel';
import { routeAnchor } from './slug';

const cellsOf = (text: string): string[] => text.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
const esc = (v: string): string => v.replace(/\|/g, '\\|');

export interface Row {
  key: string;
  /** Raw cells (pipes escaped). */
  cells: string[];
  /** Whether the model behind an existing row changed. */
  changed: boolean;
}

export type FoundTable = { table: Table; header: string[]; rows: Array<{ from: number; to: number; cells: string[]; plain: string[] }> };

/** The first top-level table whose lower-cased header passes `wanted`; its header and rows (raw cells, and their plain text as the reader takes it). */
export function findTable(plan: FilePlan, wanted: (header: string[], table: Table) => boolean): FoundTable | undefined {
  const table = parseMarkdown(plan.text).children.find((x): x is Table => x.type === 'table' && wanted((x.children[0]?.children ?? []).map((c) => plainText(c).trim().toLowerCase()), x));
  if (!table) return undefined;
  const header = (table.children[0]?.children ?? []).map((c) => plainText(c).trim().toLowerCase());
  const rows = table.children.slice(1).map((r) => {
    const [from, to] = offsets(r);
    return { from, to, cells: cellsOf(plan.text.slice(from, to)), plain: r.children.map((c) => plainText(c).trim()) };
  });
  return { table, header, rows };
}

/** Plans the rows of a table: `keyOf` names an existing row, `news` are the rows wanted, in order. */
export function planRows(plan: FilePlan, found: FoundTable, keyOf: (cells: string[], plain: string[]) => string | undefined, news: Row[]): void {
  const olds = found.rows.flatMap((r) => {
    const key = keyOf(r.cells, r.plain);
    return key === undefined ? [] : [{ key, from: r.from, to: r.to, cells: r.cells }];
  });
  spliceBlocks(
    plan,
    olds,
    news.map((n) => ({ key: n.key, changed: n.changed, text: () => `| ${n.cells.join(' | ')} |`.replace(/\| {2}(?=\|)/g, '| ') })),
    {
      gap: 1,
      fallback: (p, lf) => {
        // After the delimiter row under the header.
        const headEnd = offsets(found.table.children[0] as never)[1];
        const nl = p.text.indexOf('\n', headEnd + 1);
        let end = nl < 0 ? p.text.length : nl;
        while (end > headEnd && /\s/.test(p.text[end - 1] ?? '')) end--;
        p.insertAfter(end, lf, 1);
      },
    },
  );
}

const col = (header: string[], re: RegExp): number => header.findIndex((h) => re.test(h));
const STATUS = /^(status|code|status code|http status|http code)$/;

/** The errors file's status table, row by row; false when the file has no such table. */
export function planCatalogRows(plan: FilePlan, old: StatusMeaning[], catalog: StatusMeaning[]): boolean {
  const found = findTable(plan, (h) => col(h, STATUS) >= 0 && col(h, /^(method|verb|http method)$/) < 0);
  if (!found) return false;
  const h = found.header;
  const [iStatus, iMeaning, iWhen] = [col(h, STATUS), col(h, /^(meaning|description|name|message)$/), col(h, /^(when|used when|cause|condition)$/)];
  const keyOf = (cells: string[]) => /([1-5]\d\d)/.exec(cells[iStatus] ?? '')?.[1];
  const news = catalog.map((s) => {
    const before = found.rows.find((r) => keyOf(r.cells) === String(s.status))?.cells;
    // An unchanged status cell keeps its words (`404 Not Found`).
    const cells = h.map((_, i) => (i === iStatus ? (before?.[i] ?? String(s.status)) : i === iMeaning ? esc(s.meaning) : i === iWhen ? esc(s.when ?? '') : (before?.[i] ?? '')));
    return { key: String(s.status), cells, changed: !same(old.find((o) => o.status === s.status), s) };
  });
  planRows(plan, found, keyOf, news);
  return true;
}

/**
 * The design's resources in the order the index already lists them: the
 * design's order is the files' names, the index's order its author's choice,
 * so a change to one route does not move every other resource's rows. A
 * resource the index does not list yet goes after the one before it in the
 * design.
 */
function resourcesInFileOrder(design: ApiDesign, keys: string[]): ApiDesign['resources'] {
  const owner = new Map(design.resources.flatMap((res) => res.routes.map((r) => [routeKey(r), res] as const)));
  const order: ApiDesign['resources'] = [];
  for (const k of keys) {
    const res = owner.get(k);
    if (res && !order.includes(res)) order.push(res);
  }
  design.resources.forEach((res, i) => {
    if (order.includes(res)) return;
    const prev = design.resources.slice(0, i).reverse().find((p) => order.includes(p));
    order.splice(prev ? order.indexOf(prev) + 1 : 0, 0, res);
  });
  return order;
}

/** The README's route index (a `Method | Path` table), row by row; false when it has none. */
export function planIndexRows(plan: FilePlan, old: ApiDesign, design: ApiDesign): boolean {
  const found = findTable(plan, (h) => col(h, /^(method|verb|http method)$/) >= 0 && col(h, /^(path|endpoint|route|url)$/) >= 0);
  if (!found) return false;
  const h = found.header;
  const [iMethod, iPath, iPurpose, iSpec, iAuth] = [col(h, /^(method|verb|http method)$/), col(h, /^(path|endpoint|route|url)$/), col(h, /^(purpose|description|summary|action)$/), col(h, /^(spec|file|link|details)$/), col(h, /^(auth|authentication)$/)];
  const keyOf = (cells: string[]) => {
    const method = (cells[iMethod] ?? '').replace(/`/g, '').toUpperCase();
    const path = (cells[iPath] ?? '').replace(/`/g, '').replace(/:([A-Za-z_]\w*)/g, '{$1}');
    return /^(GET|POST|PUT|PATCH|DELETE)$/.test(method) ? `${method} ${path}` : undefined;
  };
  // Links are written as the file's rows write them: `[tasks.md](tasks.md#...)` or plain `tasks.md#...`.
  const linked = found.rows.some((r) => /^\[.*\]\(.*\)$/.test(r.cells[iSpec] ?? ''));
  const news = resourcesInFileOrder(design, found.rows.flatMap((r) => keyOf(r.cells) ?? [])).flatMap((res) =>
    res.routes.map((route) => {
      const before = found.rows.find((r) => keyOf(r.cells) === routeKey(route))?.cells;
      const target = `${res.name}.md#${routeAnchor(route)}`;
      const spec = before?.[iSpec]?.includes(target) ? before[iSpec] : linked ? `[${res.name}.md](${target})` : target;
      const auth = route.auth === undefined ? '' : route.auth === 'jwt' ? 'Yes' : 'No';
      const cells = h.map((_, i) => (i === iMethod ? (before?.[i] ?? route.method) : i === iPath ? (before?.[i] ?? route.path) : i === iPurpose ? esc(route.purpose) : i === iSpec ? (spec ?? target) : i === iAuth ? (before && (/^(yes|jwt|required|bearer)/i.test(before[i] ?? '') ? 'jwt' : /^(no|none|public|-)$/i.test(before[i] ?? '') ? 'public' : undefined) === route.auth ? (before[i] ?? auth) : auth) : (before?.[i] ?? '')));
      const was = old.resources.flatMap((r) => r.routes.map((x) => ({ r, x }))).find((p) => routeKey(p.x) === routeKey(route));
      const changed = !was || was.r.name !== res.name || was.x.purpose !== route.purpose || was.x.auth !== route.auth;
      return { key: routeKey(route), cells, changed };
    }),
  );
  planRows(plan, found, keyOf, news);
  return true;
}
