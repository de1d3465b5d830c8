// route.purpose-missing: one sentence under the heading is what an agent
// implementing the route reads first. A hint: on real specs a route such as
// `GET /api/tasks/{id}` says what it does by its method and path, and a
// reviewer does not ask for the sentence (none of this rule's findings on the
// real-world corpus was worth raising).
import type { LintRule } from '../types';
import { allRoutes, isListedOnly, placeOf, routeLabel } from '../places';

export const routePurposeMissing: LintRule = {
  code: 'route.purpose-missing',
  defaultSeverity: 'hint',
  description: 'A route has no one-line purpose.',
  check(ctx) {
    return allRoutes(ctx)
      .filter(({ route }) => route.purpose.trim() === '' && !isListedOnly(ctx, route))
      .map(({ route }) => ({
        ...placeOf(ctx, route, 'heading'),
        message: `${routeLabel(route)} has no purpose: write one sentence under its heading, e.g. "List the current user's tasks."`,
      }));
  },
};
