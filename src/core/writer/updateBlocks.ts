// Route and schema sections of one existing file, brought in line with the
// design by `spliceBlocks`: a changed route gets only its changed parts
// replaced when the reader located them (updateRouteParts), a schema whose
// fields alone changed gets its field table's rows updated (updateSchemaRows),
// other changed sections are re-rendered (at the depth the file uses, prose
// the model could not hold kept), removed ones deleted, moved ones carried
// over with their bytes, new ones placed beside their neighbours. Routes only
// listed in a summary table row or a code fence are rows and lines, not
// sections: they are removed as rows or lines.
import type { RootContent } from 'mdast';
import type { Route, Schema, SourceSpan } from '../model';
import type { ReadApiResult } from '../reader';
import { matchRoute } from '../reader';
import { stringify, heading } from './markdown';
import { routeSection } from './routeSection';
import { schemaSection } from './schemaSection';
import type { FilePlan } from './filePlan';
import { spliceBlocks, type OldBlock } from './sequence';
import { routeKey, same } from './sameModel';
import { planRouteParts } from './updateRouteParts';
import { planFieldRows } from './updateSchemaRows';

/** The heading line of a schemas section (`## Schemas`, `### Models`). */
const SCHEMAS_HEADING = /^#{1,6}[ \t]+(?:schemas?|models?|data models?|request\/response schemas|types)[ \t]*\r?$/im;

/** True when a route's place is a summary row or a fence line rather than a section of its own. */
export function isSummary(plan: FilePlan, span: SourceSpan): boolean {
  return /^(?:\||```|~~~)/.test(plan.text.slice(span.range.start.offset, span.range.start.offset + 3));
}

/** Renders a section where `span` was: the heading at the file's depth, the prose the reader could not place kept after the purpose. */
function sectionText(plan: FilePlan, nodes: RootContent[], old: ReadApiResult, span: SourceSpan | undefined, keepProse: boolean): string {
  const depth = span ? /^(#{1,6})[ \t]/.exec(plan.text.slice(span.range.start.offset))?.[1]?.length : undefined;
  const first = nodes[0];
  if (depth !== undefined && first?.type === 'heading') nodes[0] = heading(Math.min(Math.max(depth, 2), 4) as 2 | 3 | 4, (first.children[0] as { value: string }).value);
  if (!span || !keepProse) return stringify(nodes).trimEnd();
  const a = span.range.start.offset;
  const b = span.range.end.offset;
  const kept = old.unplaced.filter((u) => u.file === plan.file && u.range.start.offset >= a && u.range.end.offset <= b).map((u) => plan.text.slice(u.range.start.offset, u.range.end.offset).replace(/\r\n/g, '\n'));
  const rest = nodes.slice(2);
  return [stringify(nodes.slice(0, 2)).trimEnd(), ...kept, ...(rest.length > 0 ? [stringify(rest).trimEnd()] : [])].join('\n\n');
}

/** Removes the row or fence line that lists a route. */
export function removeSummary(plan: FilePlan, route: Route, span: SourceSpan): void {
  const a = span.range.start.offset;
  const b = span.range.end.offset;
  if (plan.text[a] === '|') {
    if (!plan.covers(a, b)) plan.remove(a, b);
    return;
  }
  let at = a;
  for (const raw of plan.text.slice(a, b).split('\n')) {
    const line = raw.replace(/\r$/, '');
    const m = matchRoute(line.trim());
    if (m && routeKey(m) === routeKey(route) && !plan.covers(at, at + line.length)) plan.replace(at, Math.min(at + raw.length + 1, b), '');
    at += raw.length + 1;
  }
}

/** The end of the last block, or where blocks go in a file that has none. */
function lastEnd(olds: OldBlock[]): number | undefined {
  return olds.length > 0 ? Math.max(...olds.map((o) => o.to)) : undefined;
}

/**
 * Plans the route sections of a resource file. A route only listed in a
 * summary row or fence line stays a row while it is unchanged and the design
 * keeps the order the reader gives (sections first, then rows); otherwise it
 * is written as a section. Rows of changed and removed routes go.
 */
export function planRoutes(plan: FilePlan, old: ReadApiResult, oldRoutes: Route[], routes: Route[]): void {
  const wanted = new Map(routes.map((r) => [routeKey(r), r] as const));
  const here = oldRoutes.flatMap((route) => {
    const span = old.sources.get(route);
    return span && span.file === plan.file ? [{ route, span, key: routeKey(route), row: isSummary(plan, span) }] : [];
  });
  let rows = here.filter((h) => h.row && same(h.route, wanted.get(h.key)));
  const rowKeys = new Set(rows.map((h) => h.key));
  const readOrder = [...routes.map(routeKey).filter((k) => !rowKeys.has(k)), ...rows.map((h) => h.key)];
  if (readOrder.join('\n') !== routes.map(routeKey).join('\n')) rows = [];
  const keptRows = new Set(rows.map((h) => h.key));
  for (const h of here) if (h.row && !same(h.route, wanted.get(h.key))) removeSummary(plan, h.route, h.span);
  const sections: Array<OldBlock & { route: Route; span: SourceSpan }> = here
    .filter((h) => !h.row)
    .map((h) => ({ key: h.key, from: h.span.range.start.offset, to: h.span.range.end.offset, route: h.route, span: h.span }))
    .sort((x, y) => x.from - y.from);
  const byKey = new Map(sections.map((s) => [s.key, s] as const));
  const blocks = routes
    .filter((r) => !keptRows.has(routeKey(r)))
    .map((r) => {
      const before = byKey.get(routeKey(r));
      return {
        key: routeKey(r),
        changed: !before || !same(before.route, r),
        text: () => sectionText(plan, routeSection(r), old, before?.span, true),
        patch: () => before !== undefined && planRouteParts(plan, before.span, before.route, r),
      };
    });
  const end = lastEnd(sections);
  spliceBlocks(plan, sections, blocks, {
    gap: 2,
    fallback: (p, lf) => {
      const schemas = SCHEMAS_HEADING.exec(p.text);
      if (end !== undefined) p.insertAfter(end, lf);
      else if (schemas) p.insertBefore(schemas.index, lf);
      else p.append(lf);
    },
  });
}

/** Plans the schema sections of a file: `schemas` are the ones the file should hold, in order. */
export function planSchemas(plan: FilePlan, old: ReadApiResult, schemas: Schema[]): void {
  const sections: Array<OldBlock & { schema: Schema; span: SourceSpan }> = [];
  for (const schema of old.design.schemas) {
    const span = old.sources.get(schema);
    if (span?.file === plan.file) sections.push({ key: schema.name, from: span.range.start.offset, to: span.range.end.offset, schema, span });
  }
  sections.sort((x, y) => x.from - y.from);
  const byKey = new Map(sections.map((s) => [s.key, s] as const));
  const blocks = schemas.map((s) => {
    const before = byKey.get(s.name);
    return {
      key: s.name,
      changed: !before || !same(before.schema, s),
      text: () => sectionText(plan, schemaSection(s), old, before?.span, false),
      patch: () => before !== undefined && planFieldRows(plan, before.span, before.schema, s),
    };
  });
  spliceBlocks(plan, sections, blocks, {
    gap: 2,
    fallback: (p, lf) => {
      const m = SCHEMAS_HEADING.exec(p.text);
      if (m) p.insertAfter(m.index + m[0].replace(/\r$/, '').length, lf);
      else p.append(`## Schemas\n\n${lf}`);
    },
  });
}
