// A status missing from every route of a file is one missing statement: the
// rule reports it once, at the first route, naming the routes it covers, with
// one fix that adds the status to each of them.
import type { Route } from '../../model';
import type { LintContext, RuleFinding } from '../types';
import { placeOf, routeLabel } from '../places';
import { addErrorsEdit } from '../fixes';

export function onceForFile(ctx: LintContext, routes: readonly Route[], status: number, message: string): RuleFinding {
  const edits = routes.flatMap((route) => addErrorsEdit(ctx, route, [status]) ?? []);
  return {
    ...placeOf(ctx, routes[0] as Route, 'errors', 'heading'),
    routes: routes.map(routeLabel),
    message,
    fixes: edits.length > 0 ? [{ title: `Add ${status} to the errors of these ${routes.length} routes`, edits, preferred: true }] : undefined,
  };
}

/**
 * Whether a file names no error status at all (no 4xx or 5xx anywhere): its
 * routes, even those only listed in an index, have nothing said about what
 * goes wrong, and that is worth one finding.
 */
export function namesNoStatus(ctx: LintContext, file: string): boolean {
  const text = ctx.texts.get(file);
  return text !== undefined && !/\b[45]\d\d\b/.test(text);
}

/** The first routes of a list, for a message: `GET /a, PUT /a/{id}, ...`. */
export function listed(routes: readonly Route[]): string {
  return `${routes.slice(0, 3).map(routeLabel).join(', ')}${routes.length > 3 ? ', ...' : ''}`;
}
