// The wizard's draft: a fresh one, validation against the core model (problems
// in words that say what to write), and path parameters picked up from a path.
import { ApiDesign, type ApiDesign as Design, type DraftDesign } from '../model';
import type { Problem } from './shapes';
import { stepOfPath } from './problemStep';

/** A new draft: JWT on every route, FastAPI's `{"detail": ...}` errors, other users' rows answered with 404. */
export function emptyDraft(): DraftDesign {
  return {
    title: 'API',
    basePath: '/api',
    auth: { scheme: 'jwt-bearer', header: 'Authorization', algorithm: 'HS256', userClaim: 'sub', tokenLifetimeMinutes: 60, ownership: { column: 'user_id', otherUserStatus: 404 } },
    errors: { schema: { kind: 'fastapi-detail' }, catalog: [...FASTAPI_ERROR_CATALOG] },
    resources: [],
    schemas: [],
  };
}

/** FastAPI's usual error statuses, proposed for the errors catalog. */
export const FASTAPI_ERROR_CATALOG = [
  { status: 401, meaning: 'Unauthorized', when: 'The bearer token is missing, expired or invalid.' },
  { status: 403, meaning: 'Forbidden', when: 'The caller may not do this.' },
  { status: 404, meaning: 'Not Found', when: 'The row does not exist or belongs to another user.' },
  { status: 422, meaning: 'Unprocessable Entity', when: 'The request body or parameters fail validation.' },
] as const;

/** How the wizard names the items of each list, from the item as the draft holds it. */
const ITEM_NAMES: Record<string, (item: Record<string, unknown> | undefined, n: number) => string> = {
  resources: (x, n) => `Resource ${typeof x?.name === 'string' && x.name ? x.name : n}`,
  routes: (x, n) => `route ${n}${typeof x?.method === 'string' && typeof x.path === 'string' ? ` (${x.method} ${x.path})` : ''}`,
  schemas: (x, n) => `Schema ${typeof x?.name === 'string' && x.name ? x.name : n}`,
  fields: (x, n) => `field ${n}${typeof x?.name === 'string' && x.name ? ` (${x.name})` : ''}`,
  params: (x, n) => `parameter ${n}${typeof x?.name === 'string' && x.name ? ` (${x.name})` : ''}`,
  responses: (_, n) => `response ${n}`,
  catalog: (x, n) => `status ${typeof x?.status === 'number' ? x.status : n}`,
};

/**
 * Where a zod issue path points, in the words the wizard's steps use
 * ("Resource tasks, route 2 (GET /api/tasks/{task_id}), purpose"), not as
 * array indexes, so the user can find the field.
 */
function where(path: ReadonlyArray<PropertyKey>, draft: DraftDesign): string {
  const words: string[] = [];
  let at: unknown = draft;
  let list = '';
  for (const key of path) {
    const next = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const name = ITEM_NAMES[list];
      const item = next && typeof next === 'object' ? (next as Record<string, unknown>) : undefined;
      if (name) words[words.length - 1] = name(item, key + 1);
      else words.push(String(key + 1));
    } else words.push(String(key));
    list = String(key);
    at = next;
  }
  return words.join(', ');
}

/** Validates the draft with the core model; the design when valid, else the problems. */
export function validateDraft(draft: DraftDesign): { design?: Design; problems: Problem[] } {
  const parsed = ApiDesign.safeParse(draft);
  if (parsed.success) return { design: parsed.data, problems: [] };
  return { problems: parsed.error.issues.map((i) => ({ where: where(i.path, draft), message: i.message, step: stepOfPath(i.path) })) };
}

/** The `{name}` parameters of a path, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}/g)].map((m) => m[1] ?? '');
}

type DraftParams = DraftDesign['resources'][number]['routes'][number]['params'];

/** The route's parameters after its path changed: path parameters follow the path, query parameters stay. */
export function syncPathParams(path: string, params: DraftParams): DraftParams {
  const names = pathParamNames(path);
  const kept = params.filter((p) => p.in === 'query' || names.includes(p.name));
  const have = new Set(kept.filter((p) => p.in === 'path').map((p) => p.name));
  const added = names.filter((n) => !have.has(n)).map((name) => ({ name, in: 'path' as const, type: name.endsWith('_id') ? 'integer' : 'string', required: true }));
  const pathParams = names.map((n) => kept.find((p) => p.in === 'path' && p.name === n) ?? added.find((p) => p.name === n)).filter((p) => p !== undefined);
  return [...pathParams, ...kept.filter((p) => p.in === 'query')];
}
