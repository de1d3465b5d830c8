// The `x-spec-architect-access` extension of an operation: the route's access
// rule with what the design says around it (the owner column, the grant model
// and levels, the role claim, the status a non-permitted caller gets), and a
// sentence for the operation's description.
import type { ApiDesign, Resource, Route } from '../model';
import type { JsonObject } from './types';

/** The extension's value, or undefined when the route states no access rule. */
export function accessExtension(route: Route, resource: Resource, design: ApiDesign): JsonObject | undefined {
  const rule = route.access;
  if (!rule) return undefined;
  const out: JsonObject = { rule: rule.kind };
  if (rule.kind === 'owner' || rule.kind === 'owner-or-grant') {
    out.ownerColumn = design.auth.ownership.column;
    out.userClaim = design.auth.userClaim;
  }
  if (rule.kind === 'owner-or-grant') {
    out.level = rule.level;
    const s = resource.sharing;
    if (s) out.grant = { ...(s.model ? { model: s.model } : {}), rowColumn: s.rowColumn, granteeColumn: s.granteeColumn, levelColumn: s.levelColumn, levels: [...s.levels] };
  }
  if (rule.kind === 'role') {
    out.role = rule.role;
    if (design.auth.roles) out.roleClaim = design.auth.roles.claim;
  }
  if (rule.kind === 'owner' || rule.kind === 'owner-or-grant' || rule.kind === 'role') out.deniedStatus = rule.deniedStatus ?? design.auth.ownership.otherUserStatus;
  if (resource.parent) out.parent = { resource: resource.parent.resource, column: resource.parent.column };
  return out;
}

/** One sentence for the operation's description: who may call it. */
export function accessSentence(route: Route, design: ApiDesign): string | undefined {
  const rule = route.access;
  if (!rule) return undefined;
  const denied = 'deniedStatus' in rule ? ` Others answer ${rule.deniedStatus ?? design.auth.ownership.otherUserStatus}.` : '';
  switch (rule.kind) {
    case 'owner': return `Access: the owner only.${denied}`;
    case 'owner-or-grant': return `Access: the owner, or a user the row is shared with at level \`${rule.level}\` or above.${denied}`;
    case 'role': return `Access: role \`${rule.role}\` only.${denied}`;
    case 'authenticated': return 'Access: any signed-in user.';
    case 'public': return 'Access: anyone, no token.';
  }
}
