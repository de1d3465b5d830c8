// The gaps of one route in the coverage grid: what a reviewer must fix before
// the route is covered. The same conditions the lint reports on the written
// specs (auth.missing, auth.ownership-missing, errors.401/404/422-missing), so
// a grid without gaps is a set of routes that will lint clean on those rules.
import type { DraftDesign } from '../model';
import type { CoverageCheck } from './shapes';

type DraftResource = DraftDesign['resources'][number];
type DraftRoute = DraftResource['routes'][number];

/** The checks `route` fails, in the grid's column order. */
export function routeGaps(route: DraftRoute, access: string): CoverageCheck[] {
  const gaps: CoverageCheck[] = [];
  const isPublic = route.auth === 'public' || route.access?.kind === 'public';
  if (route.auth === undefined && route.access === undefined) gaps.push('auth');
  if (access === 'unstated') gaps.push('access');
  if (!isPublic && !route.errors.includes(401)) gaps.push('e401');
  // The caller's own id in the path is checked against the token, not looked up: no 404 is owed for it.
  const rowIds = [...route.path.matchAll(/\{([^}:]+)[^}]*\}/g)].filter((m) => m[1] !== 'user_id');
  if (rowIds.length > 0 && !route.errors.includes(404)) gaps.push('e404');
  // A body that does not validate answers 422 (or 400, which errors.400-for-validation questions separately).
  if (route.requestSchema !== undefined && !route.errors.includes(422) && !route.errors.includes(400)) gaps.push('e422');
  return gaps;
}
