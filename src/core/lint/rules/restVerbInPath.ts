// rest.verb-in-path: the method says what happens; `/api/tasks/create` or
// `/api/getTasks` repeats it. Action endpoints such as /auth/login are fine.
import type { LintRule } from '../types';
import { allRoutes, placeOf, routeLabel } from '../places';

const CRUD_VERB = /^(get|create|add|update|delete|remove|list|fetch|edit|modify|insert|new|destroy)(?:$|[-_]|[A-Z])/;

export const restVerbInPath: LintRule = {
  code: 'rest.verb-in-path',
  defaultSeverity: 'warning',
  description: 'A path segment is a CRUD verb (`/tasks/create`, `/getTasks`).',
  check(ctx) {
    return allRoutes(ctx).flatMap(({ route }) => {
      const verb = route.path.split('/').find((segment) => !/[{:]/.test(segment) && CRUD_VERB.test(segment));
      if (!verb) return [];
      return [{
        ...placeOf(ctx, route, 'heading'),
        message: `${routeLabel(route)} has the verb "${verb}" in its path: name the resource (e.g. POST /api/tasks, DELETE /api/tasks/{task_id}) and let the method say the action.`,
      }];
    });
  },
};
