// Access rules beyond one owner: who may call a route (the owner, the owner
// or a user a row is shared with at some level, a role, any signed-in user,
// anyone), how rows are shared (the grant model and its ordered levels) and
// how a child resource is reached through its parent. The design-wide answer
// to a caller who is not permitted stays `auth.ownership.otherUserStatus`;
// `deniedStatus` on a rule is a stated per-route exception.
import { z } from 'zod';

/** A permission level or role value: `read`, `edit`, `admin`. */
export const AccessWord = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, { error: 'Write a lower-case word such as read, edit or admin.' });

const DeniedStatus = z.union([z.literal(403), z.literal(404)], { error: 'Write 404 (hide the row) or 403 (admit it exists).' });

/**
 * One access rule per route:
 * - `owner`: only the row's owner;
 * - `owner-or-grant`: the owner, or a user the row is shared with at `level` or above;
 * - `role`: only callers whose role claim carries `role`;
 * - `authenticated`: any signed-in user, no owned rows (`/api/me`);
 * - `public`: anyone, no token.
 */
export const AccessRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('owner'), deniedStatus: DeniedStatus.optional() }),
  z.object({ kind: z.literal('owner-or-grant'), level: AccessWord, deniedStatus: DeniedStatus.optional() }),
  z.object({ kind: z.literal('role'), role: AccessWord, deniedStatus: DeniedStatus.optional() }),
  z.object({ kind: z.literal('authenticated') }),
  z.object({ kind: z.literal('public') }),
], { error: 'Write an access rule: owner, owner-or-grant (with a level), role (with a role), authenticated or public.' });

const Identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'Write a column name such as task_id.' });

/** How a resource's rows are shared: grant rows tie a row to a grantee with a level. */
export const Sharing = z.object({
  /** The grant model, e.g. `@specs/db/models.md#taskshare`. */
  model: z.string().regex(/^@specs\/[A-Za-z0-9_\-./*]+(#[^\s]+)?$/, { error: 'Write a reference such as @specs/db/models.md#taskshare.' }).optional(),
  /** The grant's column naming the shared row, e.g. `task_id`. */
  rowColumn: Identifier,
  /** The grant's column naming the user the row is shared with, e.g. `user_id`: not the owner. */
  granteeColumn: Identifier,
  /** The grant's column holding the level, e.g. `permission`. */
  levelColumn: Identifier,
  /** Levels from least to most, e.g. `read`, `edit`: a higher level includes the lower ones. */
  levels: z.array(AccessWord).min(1, { error: 'Add at least one level, e.g. read.' }).refine((l) => new Set(l).size === l.length, { error: 'Write each level once.' }),
});

/** A child resource whose rows are reached through its parent's ownership or grants. */
export const ParentScope = z.object({
  /** The parent resource's name, e.g. `tasks`. */
  resource: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'Write the parent resource\'s name, e.g. tasks.' }),
  /** The child's column (and path parameter) naming the parent row, e.g. `task_id`. */
  column: Identifier,
});

/** The token claim carrying the caller's roles and the roles the design knows. */
export const Roles = z.object({
  claim: Identifier,
  values: z.array(AccessWord).min(1, { error: 'Add at least one role, e.g. admin.' }).refine((l) => new Set(l).size === l.length, { error: 'Write each role once.' }),
});

export type AccessRule = z.infer<typeof AccessRule>;
export type Sharing = z.infer<typeof Sharing>;
export type ParentScope = z.infer<typeof ParentScope>;
export type Roles = z.infer<typeof Roles>;

/** Whether a route's rows are restricted to the owner (or their grantees): the old two-valued rule, derived when a route states an access rule. */
export function effectiveOwnership(route: { ownership?: 'owner' | 'none'; access?: AccessRule }): 'owner' | 'none' | undefined {
  if (route.ownership !== undefined) return route.ownership;
  if (route.access === undefined) return undefined;
  return route.access.kind === 'owner' || route.access.kind === 'owner-or-grant' ? 'owner' : 'none';
}

/** A rule in its short written form: `owner`, `owner-or-grant(edit)`, `role(admin)`, `authenticated`, `public`. */
export function accessRuleLabel(rule: AccessRule): string {
  switch (rule.kind) {
    case 'owner-or-grant': return `owner-or-grant(${rule.level})`;
    case 'role': return `role(${rule.role})`;
    default: return rule.kind;
  }
}
