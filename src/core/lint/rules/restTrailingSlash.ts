// rest.trailing-slash: FastAPI redirects `/tasks/` to `/tasks` (307), which
// drops the Authorization header in some clients; write paths without it.
import type { LintRule } from '../types';
import { allRoutes, placeOf, routeLabel, spanOf } from '../places';
import { rangeAt } from '../text';

export const restTrailingSlash: LintRule = {
  code: 'rest.trailing-slash',
  defaultSeverity: 'warning',
  description: 'A path ends with "/".',
  check(ctx) {
    return allRoutes(ctx)
      .filter(({ route }) => route.path.length > 1 && route.path.endsWith('/'))
      .map(({ route }) => {
        const fixed = route.path.replace(/\/+$/, '');
        const span = spanOf(ctx, route);
        const heading = span?.parts.heading;
        const text = span && ctx.texts.get(span.file);
        let fixes;
        if (span && heading && text !== undefined) {
          const headingText = text.slice(heading.start.offset, heading.end.offset);
          const at = headingText.indexOf(route.path);
          if (at >= 0 && headingText.indexOf(route.path, at + 1) === -1) {
            const start = heading.start.offset + at;
            fixes = [{ title: `Write ${fixed}`, edits: [{ file: span.file, range: rangeAt(text, start, start + route.path.length), newText: fixed }], preferred: true }];
          }
        }
        return { ...placeOf(ctx, route, 'heading'), message: `${routeLabel(route)} ends with "/": write ${route.method} ${fixed} (FastAPI redirects the other form).`, fixes };
      });
  },
};
