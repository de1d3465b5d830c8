// The reader: markdown files of `specs/api/` (generated or hand-written) to
// the design model, with the place of every element and what it could not place.
import type { ApiDesign, Auth, Resource, SourceIndex } from '../model';
import { readApiFile } from './readFile';
import type { FileRead, ReadApiResult, Unplaced } from './types';

export type { FileRead, ReadApiResult, Unplaced } from './types';
export type { InlineBodies } from './inlineBody';
export { readApiFile } from './readFile';
// Used by the writer's partial update, which splices the same markdown the reader read.
export { matchRoute } from './lines';
export { parseMarkdown, offsets, plainText } from './markdown';
export { fieldColumns, fieldOf, yes, type FieldColumns } from './tables';
export { budgetFinding, MARKDOWN_BUDGET, overBudget, type BudgetProblem } from './budget';

const DEFAULT_AUTH: Auth = { scheme: 'jwt-bearer', header: 'Authorization', algorithm: 'HS256', userClaim: 'sub', tokenLifetimeMinutes: 60, ownership: { column: 'user_id', otherUserStatus: 404 } };

const isOverview = (file: string) => /(^|\/)(readme|index|overview)\.md$/i.test(file);
const isErrors = (file: string) => /(^|\/)errors\.md$/i.test(file);

/** Reads the API spec files into one design. Never throws. */
export function readApiSpecs(files: Array<{ path: string; text: string }>): ReadApiResult {
  const { design, sources, unplaced, reads } = readApiSpecsWithFiles(files);
  return { design, sources, unplaced, inline: new Map(reads.flatMap((r) => [...r.inline])), impliedOwnership: new Map(reads.flatMap((r) => [...r.impliedOwnership])) };
}

/** `readApiSpecs`, plus what each file contributed (for the partial update, which works file by file). */
export function readApiSpecsWithFiles(files: Array<{ path: string; text: string }>): ReadApiResult & { reads: FileRead[] } {
  return combineApiReads(files.map((f) => readApiFile(f.path, f.text)));
}

/**
 * One design from files read one by one (`readApiFile`). The reads are not
 * changed, so a caller may keep each file's read while its text stays the
 * same and combine them again after another file changes.
 */
export function combineApiReads(fileReads: readonly FileRead[]): ReadApiResult & { reads: FileRead[] } {
  const reads = [...fileReads];
  const sources: SourceIndex = new Map();
  const unplaced: Unplaced[] = [];
  for (const r of reads) {
    for (const [k, v] of r.sources) sources.set(k, v);
    unplaced.push(...r.unplaced);
  }
  const overview = reads.find((r) => isOverview(r.file));
  const errors = reads.find((r) => isErrors(r.file));
  const order = overview?.overview.resourceOrder ?? [];
  const resourceReads = reads
    .filter((r) => r !== overview && r !== errors)
    .map((r, i) => ({ r, i, k: order.indexOf(r.resource.name) }))
    .sort((x, y) => (x.k < 0 ? Infinity : x.k) - (y.k < 0 ? Infinity : y.k) || x.i - y.i)
    .map((x) => x.r);
  const resources: Resource[] = [];
  const resourceOf = new Map<FileRead, Resource>();
  for (const r of resourceReads) {
    // A copy: the title and the summary routes added below belong to this design, not to the file's read.
    const resource: Resource = { ...r.resource, routes: [...r.resource.routes] };
    if (r.title !== undefined) resource.title = r.title.replace(/ API$/, '') || resource.title;
    const span = sources.get(r.resource);
    if (span) sources.set(resource, span);
    resourceOf.set(r, resource);
    resources.push(resource);
  }
  // Routes only listed in summary tables or fences count when no section declares them;
  // a resource file's own summary claims a route before the README's index does.
  const declared = new Set(resources.flatMap((r) => r.routes.map((x) => `${x.method} ${x.path}`)));
  for (const r of [...resourceReads, ...(overview ? [overview] : [])]) {
    const extra = r.summaryRoutes.filter((x) => !declared.has(`${x.method} ${x.path}`));
    if (extra.length === 0) continue;
    const home = r === overview ? ensureResource(resources, 'api') : (resourceOf.get(r) as Resource);
    for (const x of extra) {
      declared.add(`${x.method} ${x.path}`);
      home.routes.push(x);
    }
  }
  // Summary rows that only repeat declared routes are not part of the design.
  const used = new Set(resources.flatMap((r) => r.routes));
  for (const r of reads) for (const x of r.summaryRoutes) if (!used.has(x)) sources.delete(x);
  const o = overview?.overview;
  const a = o?.auth;
  const auth: Auth = { ...DEFAULT_AUTH, ...a, ownership: { ...DEFAULT_AUTH.ownership, ...a?.ownership } } as Auth;
  const design: ApiDesign = {
    title: overview?.title ?? 'API',
    basePath: o?.basePath ?? '',
    auth,
    errors: { schema: errors?.errors?.schema ?? { kind: 'fastapi-detail' }, catalog: errors?.errors?.catalog ?? reads.flatMap((r) => r.errors?.catalog ?? []) },
    resources,
    schemas: [...(overview?.schemas ?? []), ...resourceReads.flatMap((r) => r.schemas), ...(errors?.schemas ?? [])],
  };
  if (o?.description !== undefined) design.description = o.description;
  return { design, sources, unplaced, reads };
}

function ensureResource(resources: Resource[], name: string): Resource {
  const found = resources.find((r) => r.name === name);
  if (found) return found;
  const r: Resource = { name, title: 'API', owned: false, routes: [] };
  resources.push(r);
  return r;
}
