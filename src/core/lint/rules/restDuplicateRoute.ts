// rest.duplicate-route: the same method and path twice, in one file or across
// files; FastAPI silently uses the first registered one.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, placeOf, routeLabel } from '../places';

/** The path with parameter names erased: `/tasks/{id}` and `/tasks/{task_id}` collide. */
function shape(path: string): string {
  return path.replace(/\{[^}]*\}|:[A-Za-z_][A-Za-z0-9_]*/g, '{}').replace(/\/+$/, '').toLowerCase() || '/';
}

export const restDuplicateRoute: LintRule = {
  code: 'rest.duplicate-route',
  defaultSeverity: 'error',
  description: 'The same method and path are specified twice (also across files).',
  check(ctx) {
    const first = new Map<string, { file: string; line: number }>();
    const found: RuleFinding[] = [];
    for (const { route } of allRoutes(ctx)) {
      const place = placeOf(ctx, route, 'heading');
      // Across folders (specs/api/ and a feature's contracts/) the same route is the same design, restated.
      const key = `${place.file.replace(/[^/]*$/, '')} ${route.method} ${shape(route.path)}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { file: place.file, line: place.range.start.line });
        continue;
      }
      found.push({
        ...place,
        message: `${routeLabel(route)} is already specified at ${earlier.file}:${earlier.line + 1}: keep one of them (merge what differs).`,
      });
    }
    return found;
  },
};
