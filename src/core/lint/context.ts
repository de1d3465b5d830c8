// Builds what the rules see from what the reader and the database model
// reader return, adding what only the other specs can tell: which resources
// are owned (their table ties rows to a user), whether an error schema is
// stated anywhere, and the auth spec's choice of 403 or 404.
import type { ApiDesign, Resource, Route, SourceIndex, SourceRange } from '../model';
import type { InlineBodies } from '../reader';
import { LineMap } from '../references';
import { METHOD_PATTERN } from '../routeGrammar';
import { findDbModel, normalizeModelName, type DbModel } from '../dbModels';
import type { LintContext } from './types';

export interface LintInputs {
  design: ApiDesign;
  sources: SourceIndex;
  /** API spec texts by path. */
  apiTexts: ReadonlyMap<string, string>;
  dbModels: DbModel[];
  /** Auth spec texts by path. */
  authTexts?: ReadonlyMap<string, string>;
  /** Bodies the reader found written inline, by route. */
  inline?: ReadonlyMap<Route, InlineBodies>;
  /** Routes whose ownership the file implies beside their own auth line. */
  impliedOwnership?: ReadonlyMap<Route, SourceRange>;
}

const ERROR_SCHEMA_STATED = /"detail"\s*:|\berror (response )?(schema|body|bodies|format|envelope|shape|object)\b|\berror responses?\b[^\n]*\{|^#{2,6}\s+.*\berror (?:response|format)s?\b[^\n]*\n+(?:[^\n]*\n){0,3}?\s*(?:```|[-*]\s+`\w+`|\|)|^[ \t]*[*_]*error (?:response|format|body|schema)s?[*_]*:?[*_]*[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*```/im;
const OTHER_USER_STATUS = /another user'?s?\b[^.\n]{0,80}?\b(403|404)\b/i;

const STATUS_SECTION = /^(#{1,3})[ \t]+(?:.*\b(?:status codes?|error codes?|http status(?:es)?|error responses?|error handling|error (?:response )?formats?|error (?:taxonomy|catalog(?:ue)?|reference|summary|table))|(?:\d+[.)][ \t]*)?(?:common |general |shared )?errors?)[ \t]*\r?$/gim;
const HEADING = /^(#{1,6})[ \t]+(.*)$/gm;
const ROUTE_HEADING = new RegExp(String.raw`^(?:\d+[.)][ \t]*)?\x60?(?:${METHOD_PATTERN})[ \t]+\/`, 'i');

/**
 * The file's status-code sections ("## HTTP Status Codes", "### Common Error
 * Codes", "### 4. Errors"): each one's text up to the next heading. A section
 * inside a route's own section is that route's, not the file's.
 */
function statusSections(text: string): Array<{ from: number; body: string }> {
  const headings = [...text.matchAll(HEADING)].map((m) => ({ at: m.index ?? 0, depth: (m[1] as string).length, route: ROUTE_HEADING.test((m[2] as string).trim()) }));
  const out: Array<{ from: number; body: string }> = [];
  for (const m of text.matchAll(STATUS_SECTION)) {
    const at = m.index ?? 0;
    const depth = (m[1] as string).length;
    const parent = headings.filter((h) => h.at < at && h.depth < depth).pop();
    if (parent?.route) continue;
    const from = at + m[0].length;
    // Its subsections too ("### 401 Unauthorized" under "## Common Error Responses").
    const next = headings.find((h) => h.at >= from && h.depth <= depth);
    out.push({ from, body: text.slice(from, next ? next.at : text.length) });
  }
  return out;
}

const ERRORS_FILE = /(?:^|\/)errors\.md$/i;
const WHOLE_API_FILE = /(?:^|\/)(?:readme|index|overview|errors?|conventions|common|_?shared)\.md$/i;

/** Statuses listed in a global status-code section of the API specs, plus the errors catalog. */
function globalStatuses(design: ApiDesign, texts: Iterable<string>, catalogIsGlobal: boolean): number[] {
  // The catalog speaks for every route when an errors file holds it; without one it is the files' own tables, read per file.
  const statuses = new Set(catalogIsGlobal ? design.errors.catalog.map((c) => c.status).filter((s) => s >= 400) : []);
  for (const text of texts) {
    for (const { body } of statusSections(text)) for (const m of body.matchAll(/\b([45]\d\d)\b/g)) statuses.add(Number(m[1]));
  }
  return [...statuses].sort((a, b) => a - b);
}

/** Per file, the rows of its status-code sections: `| 400 | Validation error |`, `- 404: Not Found`. */
function fileStatuses(texts: ReadonlyMap<string, string>): Map<string, Map<number, SourceRange>> {
  const out = new Map<string, Map<number, SourceRange>>();
  for (const [file, text] of texts) {
    const sections = statusSections(text);
    if (sections.length === 0) continue;
    const lines = new LineMap(text);
    const rows = new Map<number, SourceRange>();
    for (const { from, body } of sections) {
      for (const m of body.matchAll(/^[^\n]*?\b([45]\d\d)\b[^\n]*/gm)) {
        const status = Number(m[1]);
        if (rows.has(status)) continue;
        const start = from + (m.index ?? 0);
        rows.set(status, lines.range(start, start + m[0].replace(/\r$/, '').length));
      }
    }
    if (rows.size > 0) out.set(file, rows);
  }
  return out;
}

/** The resource's database model: its `model` reference, else a table of the same name. */
function modelOf(resource: Resource, models: readonly DbModel[]): DbModel | undefined {
  if (resource.model) return findDbModel(models, resource.model);
  const key = normalizeModelName(resource.name);
  return models.find((m) => normalizeModelName(m.name) === key);
}

/** The linting context for a workspace's design. */
export function buildLintContext(inputs: LintInputs): LintContext {
  const { design, sources, apiTexts, dbModels } = inputs;
  const authTexts = inputs.authTexts ?? new Map<string, string>();
  // A copy of each resource, so ownership inferred from the database does not
  // change the reader's model; routes stay the same objects, keyed in `sources`.
  const resources = design.resources.map((r) => (!r.owned && modelOf(r, dbModels)?.ownerField ? { ...r, owned: true } : r));
  const authStatus = [...authTexts.values()].map((t) => OTHER_USER_STATUS.exec(t)?.[1]).find(Boolean);
  const ownership = authStatus ? { ...design.auth.ownership, otherUserStatus: Number(authStatus) as 403 | 404 } : design.auth.ownership;
  const allTexts = [...apiTexts.values(), ...authTexts.values()];
  return {
    design: { ...design, resources, auth: { ...design.auth, ownership } },
    workspaceResources: resources,
    sources,
    texts: apiTexts,
    dbModels,
    errorSchemaStated: design.errors.schema.kind === 'custom' || allTexts.some((t) => ERROR_SCHEMA_STATED.test(t)),
    // Only a file that speaks for the whole API (an overview, an errors file) states statuses for every other file's routes.
    globalErrors: globalStatuses(design, [...apiTexts].filter(([path]) => WHOLE_API_FILE.test(path)).map(([, text]) => text), [...apiTexts.keys()].some((path) => ERRORS_FILE.test(path))),
    // Workspace-wide findings go to the first file that declares routes.
    firstFile: [...new Set(resources.flatMap((r) => r.routes.map((x) => sources.get(x)?.file ?? '')))].filter(Boolean).sort()[0] ?? [...apiTexts.keys()].sort()[0],
    inline: inputs.inline,
    impliedOwnership: inputs.impliedOwnership,
    fileStatuses: fileStatuses(apiTexts),
  };
}
