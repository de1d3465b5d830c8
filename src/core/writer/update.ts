// Partial update of existing spec files: only the sections whose model
// changed are replaced, spliced by the reader's source offsets, rendered in
// the file's own line endings; every other byte stays as it was.
import type { ApiDesign, Route, Schema, SourceSpan } from '../model';
import type { TextEdit } from '../diagnostics/finding';
import { readApiSpecs } from '../reader';
import { LineIndex } from '../reader/markdown';
import { heading, paragraph, stringify } from './markdown';
import { routeSection } from './routeSection';
import { schemaSection } from './schemaSection';
import { placeSchemas } from './placeSchemas';
import { writeApiSpecs } from './write';

/** The edits to existing files and the files to create. */
export interface SpecUpdatePlan {
  edits: TextEdit[];
  creates: Array<{ file: string; content: string }>;
}

type Existing = Array<{ path: string; text: string }>;

/** Object keys sorted, so models equal in content compare equal whatever order their keys were built in (the reader's, a design file's). */
const sortedKeys = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sortedKeys) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortedKeys((v as Record<string, unknown>)[k])])) : v;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b));
const routeKey = (r: Route): string => `${r.method} ${r.path}`;
const eolOf = (text: string): string => (/\r\n/.test(text) ? '\r\n' : '\n');
const withEol = (s: string, eol: string): string => s.replace(/\n/g, eol);

/** The specs root the existing API files live under (`specs` for `specs/api/tasks.md`). */
function specsRootOf(existing: Existing): string {
  const api = existing.map((f) => /^(.*)\/api\/[^/]+\.md$/.exec(f.path)?.[1]).find((r) => r !== undefined);
  return api ?? 'specs';
}

/** Plans the edits that bring the existing `specs/api/*.md` in line with the design. */
export function planSpecUpdate(existing: Existing, design: ApiDesign): SpecUpdatePlan {
  const root = specsRootOf(existing);
  const byPath = new Map(existing.map((f) => [f.path, f.text]));
  const old = readApiSpecs(existing);
  const generated = writeApiSpecs(design, { specsRoot: root });
  const edits: TextEdit[] = [];
  const creates: SpecUpdatePlan['creates'] = [];
  const oldRoutes = new Map(old.design.resources.flatMap((r) => r.routes.map((x) => [routeKey(x), x] as const)));
  const oldSchemas = new Map(old.design.schemas.map((s) => [s.name, s] as const));
  const oldGenerated = new Map(writeApiSpecs(old.design, { specsRoot: root }).map((f) => [f.path, f.text]));
  const placed = placeSchemas(design);

  for (const file of generated) {
    const text = byPath.get(file.path);
    if (text === undefined) {
      creates.push({ file: file.path, content: file.text });
      continue;
    }
    const resourceIndex = design.resources.findIndex((r) => file.path === `${root}/api/${r.name}.md`);
    if (resourceIndex < 0) {
      // README and errors: replaced whole only while they are still exactly what the writer made.
      if (file.text !== text.replace(/\r\n/g, '\n') && oldGenerated.get(file.path) === text.replace(/\r\n/g, '\n')) {
        edits.push(replaceAll(file.path, text, withEol(file.text, eolOf(text))));
      }
      continue;
    }
    const resource = design.resources[resourceIndex];
    if (!resource) continue;
    const plan = new FilePlan(file.path, text);
    let lastEnd: number | undefined;
    for (const route of resource.routes) {
      const before = oldRoutes.get(routeKey(route));
      const span = before && old.sources.get(before);
      if (before && span && span.file === file.path) {
        if (!same(before, route)) plan.replace(span, routeSection(route), old.unplaced.filter((u) => u.file === file.path && u.range.start.offset >= span.range.start.offset && u.range.end.offset <= span.range.end.offset));
        lastEnd = span.range.end.offset;
      } else {
        plan.insertAfter(lastEnd ?? lastRouteEnd(old, file.path) ?? text.length, routeSection(route));
      }
    }
    const fresh: Schema[] = [];
    for (const schema of placed[resourceIndex + 1] ?? []) {
      const before = oldSchemas.get(schema.name);
      const span = before && old.sources.get(before);
      if (before && span) {
        if (!same(before, schema) && span.file === file.path) plan.replace(span, schemaSection(schema), []);
      } else fresh.push(schema);
    }
    if (fresh.length > 0) {
      const hasSchemas = /^#{2,3}\s+Schemas\s*$/im.test(text);
      plan.insertAfter(text.length, [...(hasSchemas ? [] : [heading(2, 'Schemas')]), ...fresh.flatMap((s) => schemaSection(s))]);
    }
    edits.push(...plan.edits);
  }
  return { edits, creates };
}

function lastRouteEnd(old: ReturnType<typeof readApiSpecs>, file: string): number | undefined {
  let end: number | undefined;
  for (const r of old.design.resources.flatMap((x) => x.routes)) {
    const span = old.sources.get(r);
    if (span?.file === file) end = Math.max(end ?? 0, span.range.end.offset);
  }
  return end;
}

function replaceAll(file: string, text: string, newText: string): TextEdit {
  return { file, range: new LineIndex(text).range(0, text.length), newText };
}

/** Edits of one file, in its own line endings. */
class FilePlan {
  readonly edits: TextEdit[] = [];
  private readonly lines: LineIndex;
  private readonly eol: string;
  constructor(private readonly file: string, private readonly text: string) {
    this.lines = new LineIndex(text);
    this.eol = eolOf(text);
  }

  /** Replaces an element's section; prose the model could not hold is kept after the purpose. */
  replace(span: SourceSpan, nodes: Parameters<typeof stringify>[0], kept: Array<{ range: { start: { offset: number }; end: { offset: number } } }>): void {
    const head = nodes.slice(0, 2);
    const rest = nodes.slice(2);
    const keptText = kept.map((k) => this.text.slice(k.range.start.offset, k.range.end.offset).replace(/\r\n/g, '\n'));
    const body = [stringify(head).trimEnd(), ...keptText, ...(rest.length > 0 ? [stringify(rest).trimEnd()] : [])].join('\n\n');
    this.edits.push({ file: this.file, range: this.lines.range(span.range.start.offset, span.range.end.offset), newText: withEol(body, this.eol) });
  }

  /** Inserts a new section after an offset (end of the previous section or of the file). */
  insertAfter(offset: number, nodes: Parameters<typeof stringify>[0]): void {
    const atEnd = offset >= this.text.length;
    const body = stringify(nodes.length > 0 ? nodes : [paragraph()]).trimEnd();
    const lead = atEnd ? (this.text.endsWith('\n') ? this.eol : this.eol + this.eol) : this.eol + this.eol;
    const newText = atEnd ? `${lead}${withEol(body, this.eol)}${this.eol}` : `${lead}${withEol(body, this.eol)}`;
    this.edits.push({ file: this.file, range: this.lines.range(offset, offset), newText });
  }
}
