// Builds what the rules see from what the reader and the database model
// reader return, adding what only the other specs can tell: which resources
// are owned (their table ties rows to a user), whether an error schema is
// stated anywhere, and the auth spec's choice of 403 or 404.
import type { ApiDesign, Resource, Route, SourceIndex, SourceRange } from '../model';
import type { InlineBodies } from '../reader';
import { LineMap } from '../references';
import { findDbModel, normalizeModelName, type DbModel } from '../dbModels';
import type { LintContext } from './types';
import { errorSchemaStated, statusSections } from './errorSections';

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

const OTHER_USER_STATUS = /another user'?s?\b[^.\n]{0,80}?\b(403|404)\b/i;

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
    errorSchemaStated: design.errors.schema.kind === 'custom' || allTexts.some(errorSchemaStated),
    // A custom schema in the design, an auth spec or a file that speaks for the whole API states it for every file;
    // any other API spec states it for the specs of its own folder.
    errorSchemaEverywhere: design.errors.schema.kind === 'custom' || [...authTexts.values()].some(errorSchemaStated) || [...apiTexts].some(([path, text]) => WHOLE_API_FILE.test(path) && errorSchemaStated(text)),
    errorSchemaFiles: new Set([...apiTexts].filter(([, text]) => errorSchemaStated(text)).map(([path]) => path)),
    // Only a file that speaks for the whole API (an overview, an errors file) states statuses for every other file's routes.
    globalErrors: globalStatuses(design, [...apiTexts].filter(([path]) => WHOLE_API_FILE.test(path)).map(([, text]) => text), [...apiTexts.keys()].some((path) => ERRORS_FILE.test(path))),
    // Workspace-wide findings go to the first file that declares routes.
    firstFile: [...new Set(resources.flatMap((r) => r.routes.map((x) => sources.get(x)?.file ?? '')))].filter(Boolean).sort()[0] ?? [...apiTexts.keys()].sort()[0],
    inline: inputs.inline,
    impliedOwnership: inputs.impliedOwnership,
    fileStatuses: fileStatuses(apiTexts),
  };
}
