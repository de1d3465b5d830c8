// Partial update of existing spec files: only the parts whose model changed
// are replaced, spliced by the reader's source offsets and rendered in the
// file's own line endings; every other byte stays as it was. Files of new
// resources are created, files of removed resources are deleted.
import type { ApiDesign, Schema } from '../model';
import { readApiSpecsWithFiles, type ReadApiResult } from '../reader';
import { stringify } from './markdown';
import { readmeFile } from './readmeFile';
import { errorsFile } from './errorsFile';
import { placeSchemas } from './placeSchemas';
import { resourceFile } from './resourceFile';
import { FilePlan } from './filePlan';
import { planHeader } from './updateHeader';
import { isSummary, planRoutes, planSchemas, removeSummary } from './updateBlocks';
import { routeKey, same } from './sameModel';
import { planReadmeHead, planSections } from './updateOverview';
import { planCatalogRows, planIndexRows } from './updateTables';
import type { TextEdit } from '../diagnostics';
import { keepHandWritten, type KeepOptions, type KeptFile } from './keepHandWritten';

/** The edits to existing files, the files to create and the files to delete (files of removed resources). */
export interface SpecUpdatePlan {
  edits: TextEdit[];
  creates: Array<{ file: string; content: string }>;
  deletes: string[];
  /** Files of resources the design leaves out that stay (only with `keep`). */
  kept?: KeptFile[];
}

export interface SpecUpdateOptions {
  /** Keep what the design leaves out (the CLI's generate); without it the design is the whole truth (the wizard, which loaded the specs). */
  keep?: KeepOptions;
}

type Existing = Array<{ path: string; text: string }>;

const isOverview = (file: string) => /(^|\/)(readme|index|overview)\.md$/i.test(file);
const isErrors = (file: string) => /(^|\/)errors\.md$/i.test(file);

/** The specs root the existing API files live under (`specs` for `specs/api/tasks.md`). */
function specsRootOf(existing: Existing): string {
  const api = existing.map((f) => /^(.*)\/api\/[^/]+\.md$/.exec(f.path)?.[1]).find((r) => r !== undefined);
  return api ?? 'specs';
}

/** Uses of each schema: the slot (1 + index) of the first resource whose routes name it. */
function homes(design: ApiDesign): Map<string, number> {
  const home = new Map<string, number>();
  design.resources.forEach((r, i) => {
    for (const route of r.routes) {
      for (const t of [route.requestSchema, ...route.responses.map((x) => x.schema)]) {
        const name = t?.replace(/^list\[(.*)\]$/, '$1');
        if (name !== undefined && !home.has(name)) home.set(name, i + 1);
      }
    }
  });
  return home;
}

/**
 * The file each schema is written in. A schema stays in the file it is in as
 * long as reading the files in order (README, resources, errors) still meets
 * the schemas in the design's order; otherwise, and for new schemas, it goes
 * where the writer would put it.
 */
function schemaFiles(design: ApiDesign, old: ReadApiResult, slots: string[]): Map<string, Schema[]> {
  const slotOf = new Map(slots.map((f, i) => [f, i] as const));
  const oldByName = new Map(old.design.schemas.map((s) => [s.name, s] as const));
  const home = homes(design);
  const out = new Map<string, Schema[]>(slots.map((f) => [f, []]));
  let current = 0;
  for (const schema of design.schemas) {
    const before = oldByName.get(schema.name);
    const span = before && old.sources.get(before);
    const slot = span ? slotOf.get(span.file) : undefined;
    const target = slot !== undefined && slot >= current ? slot : Math.min(Math.max(current, home.get(schema.name) ?? current), slots.length - 1);
    current = target;
    out.get(slots[target] as string)?.push(schema);
  }
  return out;
}

/** The writer's README and errors file for a design (the design-wide sections are compared between two of these). */
function overviewTexts(design: ApiDesign, root: string): { readme: string; errors: string } {
  return { readme: stringify(readmeFile(design, placeSchemas(design)[0] ?? [], root)), errors: stringify(errorsFile(design)) };
}

/** Whether the writer's `## name` section differs between two texts. */
function sectionChanged(a: string, b: string, name: string): boolean {
  const section = (t: string) => new RegExp(`^## ${name}\\n[\\s\\S]*?(?=^## |(?![\\s\\S]))`, 'm').exec(t)?.[0];
  return section(a) !== section(b);
}

/** Plans the edits, creations and deletions that bring the existing `specs/api/*.md` in line with the design. */
export function planSpecUpdate(existing: Existing, wanted: ApiDesign, options: SpecUpdateOptions = {}): SpecUpdatePlan {
  const root = specsRootOf(existing);
  const old = readApiSpecsWithFiles(existing);
  const reads = new Map(old.reads.map((r) => [r.file, r] as const));
  const readFileOf = (name: string) => old.reads.find((r) => r.resource.name === name && !isOverview(r.file) && !isErrors(r.file))?.file;
  const textOf = (file: string) => existing.find((f) => f.path === file)?.text ?? '';
  const keeping = options.keep ? keepHandWritten(old.design, wanted, options.keep, readFileOf, textOf) : undefined;
  const design = keeping?.design ?? wanted;
  const oldGen = overviewTexts(old.design, root);
  const newGen = overviewTexts(design, root);
  const readmePath = existing.find((f) => isOverview(f.path))?.path ?? `${root}/api/README.md`;
  const errorsPath = existing.find((f) => isErrors(f.path))?.path ?? `${root}/api/errors.md`;
  // A resource's file is the existing file the reader named after it, else `<root>/api/<name>.md`.
  const fileByName = new Map<string, string>();
  for (const [path, read] of reads) if (!isOverview(path) && !isErrors(path) && !fileByName.has(read.resource.name)) fileByName.set(read.resource.name, path);
  const fileOf = (name: string) => fileByName.get(name) ?? `${root}/api/${name}.md`;
  const exists = new Set(existing.map((f) => f.path));
  const slots = [readmePath, ...design.resources.map((r) => fileOf(r.name)), ...(exists.has(errorsPath) ? [errorsPath] : [])];
  const schemas = schemaFiles(design, old, slots);
  const oldRoutes = old.design.resources.flatMap((r) => r.routes);
  const named = new Set(design.resources.flatMap((r) => r.routes.map(routeKey)));
  const edits: TextEdit[] = [];
  const creates: SpecUpdatePlan['creates'] = [];
  const deletes: string[] = [];

  for (const f of existing) {
    const plan = new FilePlan(f.path, f.text);
    const mine = schemas.get(f.path) ?? [];
    if (f.path === readmePath) {
      const [o, n] = [oldGen.readme, newGen.readme];
      planReadmeHead(plan, o, n, old.design, design);
      const index = sectionChanged(o, n, 'Routes') && planIndexRows(plan, old.design, design);
      // A README without a resource list gets one only when the reader could not take the order from the file names.
      const byName = design.resources.map((r) => fileOf(r.name));
      const keepOut = byName.every((p, i) => i === 0 || (byName[i - 1] ?? '') < p) ? ['routes', 'resources'] : ['routes'];
      planSections(plan, o, n, index ? ['schemas', 'routes'] : ['schemas'], keepOut);
      planSchemas(plan, old, mine);
    } else if (f.path === errorsPath) {
      const rows = !same(old.design.errors.catalog, design.errors.catalog) && planCatalogRows(plan, old.design.errors.catalog, design.errors.catalog);
      planSections(plan, oldGen.errors, newGen.errors, rows ? ['status codes', 'schemas'] : ['schemas']);
      planSchemas(plan, old, mine);
    } else {
      const name = reads.get(f.path)?.resource.name ?? '';
      const resource = fileByName.get(name) === f.path ? design.resources.find((r) => r.name === name) : undefined;
      const before = old.design.resources.find((r) => r.name === name);
      if (!resource) {
        if (before) deletes.push(f.path);
        continue;
      }
      const starts = oldRoutes.map((r) => old.sources.get(r)).filter((s) => s?.file === f.path && !isSummary(plan, s)).map((s) => s?.range.start.offset ?? 0);
      if (before) planHeader(plan, Math.min(f.text.length, ...starts), { resource: before, design: old.design }, { resource, design });
      planRoutes(plan, old, oldRoutes, resource.routes);
      planSchemas(plan, old, mine);
    }
    // Routes that are gone from the design leave the summary tables and fences that list them.
    for (const route of reads.get(f.path)?.summaryRoutes ?? []) {
      const span = reads.get(f.path)?.sources.get(route);
      if (span && !named.has(routeKey(route))) removeSummary(plan, route, span);
    }
    edits.push(...plan.edits);
  }

  // Files that do not exist yet.
  if (!exists.has(readmePath)) creates.push({ file: readmePath, content: stringify(readmeFile(design, schemas.get(readmePath) ?? [], root)) });
  for (const r of design.resources) {
    const path = fileOf(r.name);
    if (exists.has(path)) continue;
    // A resource read from elsewhere (README summary rows) that did not change keeps living there.
    const before = old.design.resources.find((x) => x.name === r.name);
    if (before && same(before, r)) continue;
    creates.push({ file: path, content: stringify(resourceFile(design, r, schemas.get(path) ?? [])) });
  }
  if (!exists.has(errorsPath)) creates.push({ file: errorsPath, content: newGen.errors });
  return { edits, creates, deletes, ...(keeping ? { kept: keeping.kept } : {}) };
}
