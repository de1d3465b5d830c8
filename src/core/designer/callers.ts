// Who gets what from a route: the owner, a grantee at each level of the
// resource's sharing, another signed-in user, each role, and an anonymous
// caller, with the status each is answered. The Review's coverage grid shows
// it, so a reader sees at a glance that a `read` grantee cannot delete.
import { accessRuleLabel, type AccessRule, type DraftDesign } from '../model';

type DraftResource = DraftDesign['resources'][number];
type DraftRoute = DraftResource['routes'][number];

/** One caller column: who, and the status (or words) that caller gets. */
export interface CallerCell {
  who: string;
  gets: string;
}

/** The rule a route states, or the one its old two-valued ownership implies. */
export function ruleOf(route: DraftRoute, resource: DraftResource): AccessRule | undefined {
  if (route.access) return route.access as AccessRule;
  if (route.auth === 'public') return { kind: 'public' };
  if (route.ownership === 'owner') return { kind: 'owner' };
  if (route.ownership === 'none' || (!resource.owned && route.auth === 'jwt')) return { kind: 'authenticated' };
  return undefined;
}

/** The words of the route's rule for the grid's Access column. */
export function accessLabelOf(route: DraftRoute, resource: DraftResource): string {
  const rule = ruleOf(route, resource);
  return rule ? accessRuleLabel(rule) : 'unstated';
}

/** The caller columns of a draft: the owner, each sharing level used, another user, each role, anonymous. */
export function callerColumns(draft: DraftDesign): string[] {
  const levels = [...new Set(draft.resources.flatMap((r) => r.sharing?.levels ?? []))];
  const roles = draft.auth.roles?.values ?? [];
  return ['owner', ...levels.map((l) => `grantee ${l}`), 'other user', ...roles.map((r) => `role ${r}`), 'anonymous'];
}

/** What each caller of `callerColumns(draft)` gets from one route. */
export function callerCells(draft: DraftDesign, resource: DraftResource, route: DraftRoute): CallerCell[] {
  const rule = ruleOf(route, resource);
  const ok = String(route.responses.find((r) => r.status >= 200 && r.status < 300)?.status ?? 200);
  const denied = String((rule && 'deniedStatus' in rule ? rule.deniedStatus : undefined) ?? draft.auth.ownership.otherUserStatus);
  // A route on no one row (a list, a create) is not refused to another user: a list gives each caller the rows they may see.
  const oneRow = /\{[^}]+\}/.test(route.path);
  const refused = oneRow ? denied : route.method === 'GET' ? `${ok}, own rows` : ok;
  const levels = resource.sharing?.levels ?? [];
  const signedIn = route.auth === 'public' || rule?.kind === 'public' ? ok : '401';
  const cell = (who: string): string => {
    if (!rule) return 'unstated';
    if (who === 'anonymous') return signedIn;
    switch (rule.kind) {
      case 'public':
      case 'authenticated':
        return ok;
      case 'owner':
        return who === 'owner' ? ok : refused;
      case 'owner-or-grant': {
        if (who === 'owner') return ok;
        const level = /^grantee (.+)$/.exec(who)?.[1];
        if (level === undefined || !levels.includes(level)) return refused;
        return levels.indexOf(level) >= levels.indexOf(rule.level) ? ok : refused;
      }
      case 'role':
        return who === `role ${rule.role}` ? ok : oneRow ? denied : '403';
    }
  };
  return callerColumns(draft).map((who) => ({ who, gets: cell(who) }));
}
