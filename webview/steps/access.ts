// The Auth step's access controls: roles (the claim and its values), per
// resource its sharing (grant model, columns, levels) and its parent, and per
// route an access picker (owner, owner or a grantee at a level, a role, any
// signed-in user, public). Every field is checked with the model's own schema.
import { z } from 'zod';
import { ParentScope, Roles, Sharing, type AccessRule } from '../../src/core/model';
import type { DraftDesign } from '../../src/protocol/designerProtocol';
import { checkbox, dropdown } from '../toolkit';
import { checkedField, el, optional } from '../ui';
import { tagGroup } from '../focus';
import type { StepContext } from '../context';

type DraftResource = DraftDesign['resources'][number];
type DraftRoute = DraftResource['routes'][number];

const words = (v: string): string[] => v.split(',').map((w) => w.trim()).filter((w) => w !== '');
const wordList = (schema: z.ZodType<unknown, string[]>) => z.string().transform(words).pipe(schema);
const singular = (name: string): string => name.replace(/ies$/, 'y').replace(/s$/, '');

/** Roles: whether routes may be limited by role, the claim carrying them and their values. */
export function rolesFields(ctx: StepContext): HTMLElement {
  const a = ctx.draft.auth;
  const box = el('fieldset', undefined, 'roles');
  tagGroup(box, 'roles');
  box.append(el('legend', 'Roles'));
  box.append(checkbox('Some routes are limited to a role', a.roles !== undefined, (on) => {
    if (on) a.roles = { claim: 'role', values: ['admin'] };
    else delete a.roles;
    ctx.changed(true, { group: 'roles', control: 'Some routes are limited to a role' });
  }));
  if (a.roles) {
    const roles = a.roles;
    box.append(checkedField('Role claim', roles.claim, Roles.shape.claim, (v) => ((roles.claim = v), ctx.changed())));
    box.append(checkedField('Role values, separated by commas', roles.values.join(', '), wordList(Roles.shape.values), (v) => ((roles.values = words(v)), ctx.changed())));
  }
  return box;
}

/** A resource's sharing and parent. */
export function resourceAccessFields(ctx: StepContext, res: DraftResource): HTMLElement {
  const group = `access:${res.name}`;
  const box = el('fieldset', undefined, 'resource-access');
  tagGroup(box, group);
  box.append(el('legend', `${res.title || res.name}: sharing and parent`));
  box.append(checkbox(`Share ${res.name} with other users`, res.sharing !== undefined, (on) => {
    if (on) res.sharing = { rowColumn: `${singular(res.name)}_id`, granteeColumn: 'user_id', levelColumn: 'permission', levels: ['read', 'edit'] };
    else delete res.sharing;
    ctx.changed(true, { group, control: `Share ${res.name} with other users` });
  }));
  if (res.sharing) {
    const s = res.sharing;
    box.append(checkedField('Grant model (optional)', s.model ?? '', Sharing.shape.model, (v) => {
      const m = optional(v);
      if (m === undefined) delete s.model;
      else s.model = m;
      ctx.changed();
    }, true));
    box.append(checkedField('Grant column naming the shared row', s.rowColumn, Sharing.shape.rowColumn, (v) => ((s.rowColumn = v), ctx.changed())));
    box.append(checkedField('Grant column naming the grantee', s.granteeColumn, Sharing.shape.granteeColumn, (v) => ((s.granteeColumn = v), ctx.changed())));
    box.append(checkedField('Grant column holding the level', s.levelColumn, Sharing.shape.levelColumn, (v) => ((s.levelColumn = v), ctx.changed())));
    box.append(checkedField('Levels, least to most, separated by commas', s.levels.join(', '), wordList(Sharing.shape.levels), (v) => ((s.levels = words(v)), ctx.changed(true, { group, control: 'Levels, least to most, separated by commas' }))));
  }
  const others = ctx.draft.resources.filter((r) => r !== res);
  if (others.length > 0) {
    box.append(dropdown('Reached through the parent', res.parent?.resource ?? '', [{ value: '', label: 'No parent' }, ...others.map((r) => ({ value: r.name, label: r.name }))], (v) => {
      if (v === '') delete res.parent;
      else res.parent = { resource: v, column: res.parent?.column ?? `${singular(v)}_id` };
      ctx.changed(true, { group, control: 'Reached through the parent' });
    }));
    if (res.parent) {
      const p = res.parent;
      box.append(checkedField('Parent column', p.column, ParentScope.shape.column, (v) => ((p.column = v), ctx.changed())));
    }
  }
  return box;
}

/** The picker's value for a route: `owner`, `grant:<level>`, `role:<value>`, `authenticated`, `public`, or '' (the JWT and owner-only fields say). */
function pickerValue(route: DraftRoute): string {
  const a = route.access;
  if (!a) return '';
  if (a.kind === 'owner-or-grant') return `grant:${a.level}`;
  if (a.kind === 'role') return `role:${a.role}`;
  return a.kind;
}

function ruleFor(value: string, before: DraftRoute['access']): AccessRule | undefined {
  const denied = before && 'deniedStatus' in before && before.deniedStatus !== undefined ? { deniedStatus: before.deniedStatus as 403 | 404 } : {};
  if (value === 'owner') return { kind: 'owner', ...denied };
  if (value.startsWith('grant:')) return { kind: 'owner-or-grant', level: value.slice(6), ...denied };
  if (value.startsWith('role:')) return { kind: 'role', role: value.slice(5), ...denied };
  if (value === 'authenticated' || value === 'public') return { kind: value };
  return undefined;
}

/** Who may call a route: the choices follow the resource's levels (or its parent's) and the design's roles. */
export function accessPicker(ctx: StepContext, res: DraftResource, route: DraftRoute): HTMLElement {
  const parent = res.parent ? ctx.draft.resources.find((r) => r.name === res.parent?.resource) : undefined;
  const levels = res.sharing?.levels ?? parent?.sharing?.levels ?? [];
  const noun = singular(res.sharing || !parent ? res.name : parent.name);
  const choices = [
    { value: '', label: 'As the fields above say' },
    { value: 'owner', label: 'The owner only' },
    ...levels.map((l) => ({ value: `grant:${l}`, label: `The owner or a user the ${noun} is shared with (${l})` })),
    ...(ctx.draft.auth.roles?.values ?? []).map((r) => ({ value: `role:${r}`, label: `Role ${r} only` })),
    { value: 'authenticated', label: 'Any signed-in user' },
    { value: 'public', label: 'Anyone (public)' },
  ];
  return dropdown('Who may call it', pickerValue(route), choices, (v) => {
    const rule = ruleFor(v, route.access);
    if (rule) {
      route.access = rule;
      delete route.ownership;
      route.auth = rule.kind === 'public' ? 'public' : 'jwt';
    } else delete route.access;
    ctx.changed(true, { group: `${route.method} ${route.path}`, control: 'Who may call it' });
  });
}
