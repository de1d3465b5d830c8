// The wizard's draft: a fresh one, validation against the core model (problems
// in words that say what to write), and path parameters picked up from a path.
import { ApiDesign, type ApiDesign as Design } from '../model';
import type { DraftDesign, Problem } from '../../protocol/designerProtocol';

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

/** Where a zod issue path points, in words: `resources[0].routes[1].path`. */
function where(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}

/** Validates the draft with the core model; the design when valid, else the problems. */
export function validateDraft(draft: DraftDesign): { design?: Design; problems: Problem[] } {
  const parsed = ApiDesign.safeParse(draft);
  if (parsed.success) return { design: parsed.data, problems: [] };
  return { problems: parsed.error.issues.map((i) => ({ where: where(i.path), message: i.message })) };
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
