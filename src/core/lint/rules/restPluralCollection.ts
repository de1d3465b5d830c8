// rest.plural-collection: collections are plural (`/tasks/{task_id}`), so a
// segment followed by an id names a collection and should be plural.
import type { LintRule } from '../types';
import { allRoutes, placeOf, routeLabel } from '../places';

const UNCOUNTABLE = new Set(['me', 'auth', 'data', 'info', 'status', 'health', 'settings', 'media', 'news', 'api', 'admin', 'feedback', 'metadata', 'search']);

/** Whether a segment reads as a plural English noun. */
function looksPlural(segment: string): boolean {
  const word = segment.toLowerCase().split(/[-_]/).pop() ?? '';
  return word.endsWith('s') || word.endsWith('ies') || UNCOUNTABLE.has(word) || /^v\d+$/.test(word);
}

export const restPluralCollection: LintRule = {
  code: 'rest.plural-collection',
  defaultSeverity: 'info',
  description: 'A collection segment before an id is singular (`/task/{task_id}`).',
  check(ctx) {
    return allRoutes(ctx).flatMap(({ route }) => {
      const segments = route.path.split('/');
      const singular = segments.find((s, i) => s !== '' && !/[{:]/.test(s) && /^[{:]/.test(segments[i + 1] ?? '') && !looksPlural(s));
      if (!singular) return [];
      return [{
        ...placeOf(ctx, route, 'heading'),
        message: `${routeLabel(route)} names the collection "${singular}" in the singular: write "${singular}s" (collections are plural: /api/tasks/{task_id}).`,
      }];
    });
  },
};
