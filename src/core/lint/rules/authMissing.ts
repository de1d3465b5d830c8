// auth.missing: every route must say whether it needs a token. FastAPI routes
// are public unless a dependency checks the token, so an unstated route is
// usually an unprotected one. A file whose routes all say nothing misses one
// statement, not one per route: it is reported once, at the top of the file,
// with a fix that writes "All endpoints require a valid JWT". Routes public by
// their nature (sign-up, login, health) are not told to state it.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, byFile, isPublicByNature, placeOf, routeErrors, routeLabel } from '../places';
import { addErrorsEdit, insertAuthLineEdit } from '../fixes';
import type { FindingFix } from '../../diagnostics';
import { eolOf, lineEnd, rangeAt } from '../text';

export const authMissing: LintRule = {
  code: 'auth.missing',
  defaultSeverity: 'error',
  description: 'A route states neither "JWT required" nor an explicit "public".',
  check(ctx) {
    const found: RuleFinding[] = [];
    for (const [file, entries] of byFile(ctx, allRoutes(ctx))) {
      const unstated = entries.filter(({ route }) => route.auth === undefined && !isPublicByNature(route));
      if (unstated.length === 0) continue;
      const text = ctx.texts.get(file);
      if (unstated.length >= 2 && entries.every(({ route }) => route.auth === undefined) && text !== undefined) {
        // Nothing in the file says who may call its routes: one statement under the title fixes them all.
        const at = lineEnd(text, 0);
        const eol = eolOf(text);
        const sentence = 'All endpoints require a valid JWT in the `Authorization: Bearer <token>` header; a missing or invalid token answers 401.';
        found.push({
          file,
          range: rangeAt(text, 0, at),
          routes: unstated.map((e) => routeLabel(e.route)),
          message: `No route of this file says who may call it (${unstated.length} routes, e.g. ${routeLabel(unstated[0]!.route)}): state it once under the title, e.g. "${sentence}", and mark the public ones "**Auth:** public".`,
          fixes: [{ title: 'State that all endpoints require a JWT', edits: [{ file, range: rangeAt(text, at, at), newText: `${eol}${eol}${sentence}` }], preferred: true }],
        });
        continue;
      }
      for (const { route } of unstated) {
        const fixes: FindingFix[] = [];
        const jwt = insertAuthLineEdit(ctx, route, 'JWT required');
        if (jwt) {
          // A protected route also answers 401; add it so the fix leaves no new finding.
          const errors = routeErrors(ctx, route).includes(401) ? undefined : addErrorsEdit(ctx, route, [401]);
          fixes.push({ title: 'Add "Auth: JWT required"', edits: errors ? [jwt, errors] : [jwt], preferred: true });
        }
        const pub = insertAuthLineEdit(ctx, route, 'public');
        if (pub) fixes.push({ title: 'Add "Auth: public"', edits: [pub] });
        found.push({
          ...placeOf(ctx, route, 'heading'),
          message: `${routeLabel(route)} does not say who may call it: write "- **Auth:** JWT required" (a valid bearer token) or "- **Auth:** public".`,
          fixes,
        });
      }
    }
    return found;
  },
};
