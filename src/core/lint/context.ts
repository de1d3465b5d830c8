// Builds what the rules see from what the reader and the database model
// reader return, adding what only the other specs can tell: which resources
// are owned (their table ties rows to a user), whether an error schema is
// stated anywhere, and the auth spec's choice of 403 or 404.
import type { ApiDesign, Resource, SourceIndex } from '../model';
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
}

const ERROR_SCHEMA_STATED = /"detail"\s*:|\berror (response )?(schema|body|format|envelope|shape)\b|\berror responses?\b[^\n]*\{/i;
const OTHER_USER_STATUS = /another user'?s?\b[^.\n]{0,80}?\b(403|404)\b/i;

const STATUS_SECTION = /^#{1,3}\s+.*\b(status codes?|error codes?|http status(?:es)?|error responses?)\s*$/im;

/** Statuses listed in a global status-code section of the API specs, plus the errors catalog. */
function globalStatuses(design: ApiDesign, texts: Iterable<string>): number[] {
  const statuses = new Set(design.errors.catalog.map((c) => c.status).filter((s) => s >= 400));
  for (const text of texts) {
    const heading = STATUS_SECTION.exec(text);
    if (!heading) continue;
    const rest = text.slice(heading.index + heading[0].length);
    const next = /^#{1,6}\s/m.exec(rest);
    for (const m of rest.slice(0, next ? next.index : rest.length).matchAll(/\b([45]\d\d)\b/g)) statuses.add(Number(m[1]));
  }
  return [...statuses].sort((a, b) => a - b);
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
    globalErrors: globalStatuses(design, apiTexts.values()),
    firstFile: [...apiTexts.keys()].sort()[0],
  };
}
