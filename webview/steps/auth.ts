// Auth: JWT settings, the ownership rule, roles, each resource's sharing and
// parent, and per route JWT or public, owner-only or not, and who may call it
// (JWT is the default for new routes).
import { z } from 'zod';
import { Auth, OwnershipRule } from '../../src/core/model';
import { checkbox, dropdown } from '../toolkit';
import { checkedField, el, pathText } from '../ui';
import { tagGroup } from '../focus';
import type { StepContext } from '../context';
import { accessPicker, resourceAccessFields, rolesFields } from './access';

export function renderAuth(ctx: StepContext): HTMLElement {
  const a = ctx.draft.auth;
  const s = el('section');
  s.append(el('h3', 'Auth'));
  s.append(checkedField('Token header', a.header, Auth.shape.header, (v) => ((a.header = v), ctx.changed())));
  s.append(checkedField('JWT algorithm', a.algorithm, Auth.shape.algorithm, (v) => ((a.algorithm = v), ctx.changed())));
  s.append(checkedField('User claim', a.userClaim, Auth.shape.userClaim, (v) => ((a.userClaim = v), ctx.changed())));
  s.append(checkedField('Token lifetime (minutes)', String(a.tokenLifetimeMinutes), z.coerce.number().pipe(Auth.shape.tokenLifetimeMinutes), (v) => ((a.tokenLifetimeMinutes = Number(v)), ctx.changed())));
  s.append(checkedField('Ownership column', a.ownership.column, OwnershipRule.shape.column, (v) => ((a.ownership.column = v), ctx.changed())));
  s.append(dropdown('Another user\'s row answers', String(a.ownership.otherUserStatus), [{ value: '404', label: '404 Not Found' }, { value: '403', label: '403 Forbidden' }], (v) => ((a.ownership.otherUserStatus = v === '403' ? 403 : 404), ctx.changed())));
  s.append(rolesFields(ctx));
  for (const res of ctx.draft.resources) s.append(resourceAccessFields(ctx, res));
  for (const res of ctx.draft.resources) {
    for (const route of res.routes) {
      const box = el('fieldset', undefined, 'route');
      tagGroup(box, `${route.method} ${route.path}`);
      box.append(pathText('legend', `${route.method} ${route.path}`));
      box.append(dropdown('Access', route.auth ?? 'jwt', [{ value: 'jwt', label: 'JWT required' }, { value: 'public', label: 'Public' }], (v) => ((route.auth = v === 'public' ? 'public' : 'jwt'), ctx.changed())));
      // An access rule says whether rows are the owner's; the old checkbox is for routes without one.
      if (route.access === undefined) box.append(checkbox('Owner only', route.ownership === 'owner', (v) => ((route.ownership = v ? 'owner' : 'none'), ctx.changed())));
      box.append(accessPicker(ctx, res, route));
      s.append(box);
    }
  }
  return s;
}
