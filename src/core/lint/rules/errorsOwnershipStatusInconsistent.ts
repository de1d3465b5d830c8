// errors.ownership-status-inconsistent: another user's row must answer the
// same status everywhere (404 hides that it exists, 403 admits it); mixing
// them leaks which ids exist.
import type { LintRule } from '../types';
import { allRoutes, placeOf, routeLabel } from '../places';
import { addressesRow, chosenOtherUserStatus, routeOtherUserStatus } from './ownershipStatus';

export const errorsOwnershipStatusInconsistent: LintRule = {
  code: 'errors.ownership-status-inconsistent',
  defaultSeverity: 'warning',
  description: 'Another user\'s row answers 403 on some routes and 404 on others.',
  check(ctx) {
    const entries = allRoutes(ctx).filter(({ route }) => addressesRow(route));
    const statuses = new Set(entries.map(({ route }) => routeOtherUserStatus(route)).filter((s) => s !== undefined));
    if (statuses.size < 2) return [];
    const chosen = chosenOtherUserStatus(ctx);
    return entries
      .filter(({ route }) => routeOtherUserStatus(route) !== undefined && routeOtherUserStatus(route) !== chosen)
      .map(({ route }) => ({
        ...placeOf(ctx, route, 'errors', 'auth', 'heading'),
        message: `${routeLabel(route)} answers ${routeOtherUserStatus(route)} for another user's row, but the other routes answer ${chosen}: use ${chosen} here too.`,
      }));
  },
};
