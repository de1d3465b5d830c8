// errors.auth-failure-missing: a login that never says what wrong credentials
// answer leaves the client unable to tell "bad password" from "server down",
// and invites an implementation that says which of email or password was
// wrong. The route's own text decides: a 401 (or 400/403) in its errors, or
// words about bad credentials anywhere in its section. A file's "401: missing
// or invalid token" row is about tokens, not passwords, and does not count.
import type { LintRule, RuleFinding, LintContext } from '../types';
import { allRoutes, isListedOnly, placeOf, routeLabel, spanOf } from '../places';
import type { Route } from '../../model';

const LOGIN = /\/(?:auth\/)?(?:login|signin|sign-in|token)$/i;
const CREDENTIAL_WORDS = /\b(?:credentials?|wrong password|incorrect password|invalid password|invalid email|bad password|password (?:is )?(?:wrong|incorrect|invalid))\b/i;

/** The route's section text. */
function sectionText(ctx: LintContext, route: Route): string {
  const span = spanOf(ctx, route);
  return span ? ctx.texts.get(span.file)?.slice(span.range.start.offset, span.range.end.offset) ?? '' : '';
}

export const errorsAuthFailureMissing: LintRule = {
  code: 'errors.auth-failure-missing',
  defaultSeverity: 'warning',
  description: 'A login route never says what wrong credentials answer.',
  check(ctx) {
    const found: RuleFinding[] = [];
    for (const { route } of allRoutes(ctx)) {
      if (route.method !== 'POST' || !LOGIN.test(route.path.replace(/\/+$/, '')) || isListedOnly(ctx, route)) continue;
      if (route.errors.some((s) => s === 401 || s === 400 || s === 403) || CREDENTIAL_WORDS.test(sectionText(ctx, route))) continue;
      found.push({
        ...placeOf(ctx, route, 'errors', 'responses', 'heading'),
        message: `${routeLabel(route)} never says what wrong credentials answer: add "401 Unauthorized: invalid email or password" (one message for both, so it does not tell which was wrong).`,
      });
    }
    return found;
  },
};
