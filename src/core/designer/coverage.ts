// The review's coverage matrix: for each route, its auth, ownership and
// whether it states 401, 403, 404 and 422.
import type { DraftDesign } from '../model';
import type { CoverageRow } from './shapes';

/** One row per route, in the order of the resources and their routes. */
export function coverageMatrix(draft: DraftDesign): CoverageRow[] {
  return draft.resources.flatMap((r) =>
    r.routes.map((route) => ({
      route: `${route.method} ${route.path}`,
      auth: route.auth ?? 'unstated',
      ownership: route.ownership ?? (r.owned ? 'unstated' : 'none'),
      e401: route.errors.includes(401),
      e403: route.errors.includes(403),
      e404: route.errors.includes(404),
      e422: route.errors.includes(422),
    })),
  );
}
