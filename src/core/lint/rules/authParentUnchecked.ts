// auth.parent-unchecked: `/api/tasks/{task_id}/comments` reaches a child
// through an owned parent; without a rule tying it to the parent's owner or
// grants, any user can read another user's task's comments by its id
// (OWASP API1 2023, broken object-level authorization through the parent).
import type { Resource } from '../../model';
import { effectiveOwnership } from '../../model';
import type { LintContext, LintRule } from '../types';
import { allRoutes, placeOf, routeLabel } from '../places';
import { isGrantRoute } from '../grants';

/** The owned parent resource a nested path goes through, if any (`tasks` for `/api/tasks/{task_id}/comments`). */
function ownedParent(ctx: LintContext, resource: Resource, path: string): Resource | undefined {
  const segs = path.split('/').filter((s) => s !== '');
  for (let i = 0; i + 2 < segs.length; i++) {
    const name = segs[i] as string;
    if (!/^[{:]/.test(segs[i + 1] as string)) continue;
    const parent = ctx.workspaceResources.find((r) => r.name === name && r.owned && r !== resource);
    if (parent) return parent;
    if (resource.parent?.resource === name) return ctx.workspaceResources.find((r) => r.name === name);
  }
  return undefined;
}

export const authParentUnchecked: LintRule = {
  code: 'auth.parent-unchecked',
  defaultSeverity: 'error',
  description: 'A route nested under an owned parent has no rule tying it to the parent\'s owner or grants.',
  check(ctx) {
    return allRoutes(ctx)
      .filter(({ resource, route }) => route.auth !== 'public' && !resource.owned && effectiveOwnership(route) === undefined && !isGrantRoute(route))
      .flatMap(({ resource, route }) => {
        const parent = ownedParent(ctx, resource, route.path);
        if (!parent) return [];
        return [{
          ...placeOf(ctx, route, 'auth', 'heading'),
          message: `${routeLabel(route)} is reached through ${parent.name}, whose rows belong to a user, but says nothing of the parent's owner: add "the owner only" (or the grant level) for the parent ${parent.name.replace(/s$/, '')}.`,
        }];
      });
  },
};
