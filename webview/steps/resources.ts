// Resources & Routes: add, edit, reorder and delete resources and routes;
// path parameters follow the path as it is typed.
import { ApiDesign, RoutePath, HTTP_METHODS } from '../../src/core/model';
import { Resource, Route } from '../../src/core/model';
import { syncPathParams } from '../../src/core/designer';
import { button, checkbox, dropdown } from '../toolkit';
import { checkedField, el, optional } from '../ui';
import { tagGroup } from '../focus';
import type { StepContext } from '../context';

type DraftResource = StepContext['draft']['resources'][number];
type DraftRoute = DraftResource['routes'][number];

function move<T>(list: T[], i: number, by: number): void {
  const j = i + by;
  if (j < 0 || j >= list.length) return;
  [list[i], list[j]] = [list[j] as T, list[i] as T];
}

const routeGroup = (r: number, i: number): string => `resource-${r}-route-${i}`;

function renderRoute(ctx: StepContext, res: DraftResource, r: number, route: DraftRoute, i: number): HTMLElement {
  const box = el('fieldset', undefined, 'route');
  tagGroup(box, routeGroup(r, i));
  box.append(el('legend', `Route ${i + 1}`));
  box.append(dropdown('Method', route.method, HTTP_METHODS.map((m) => ({ value: m, label: m })), (v) => ((route.method = v as DraftRoute['method']), ctx.changed())));
  const params = el('div', undefined, 'params');
  const showParams = () => (params.textContent = route.params.length ? `Parameters: ${route.params.map((p) => `${p.name} (${p.in}, ${p.type})`).join(', ')}` : 'No parameters.');
  box.append(checkedField('Path', route.path, RoutePath, (v) => {
    route.path = v;
    route.params = syncPathParams(v, route.params);
    showParams();
    ctx.changed();
  }));
  showParams();
  box.append(params);
  box.append(checkedField('Purpose', route.purpose, Route.shape.purpose, (v) => ((route.purpose = v), ctx.changed())));
  box.append(checkedField('Request schema (optional)', route.requestSchema ?? '', Route.shape.requestSchema, (v) => {
    const s = optional(v);
    if (s === undefined) delete route.requestSchema;
    else route.requestSchema = s;
    ctx.changed();
  }, true));
  const ok = route.responses[0] ?? { status: route.method === 'POST' ? 201 : 200 };
  if (!route.responses[0]) route.responses.push(ok);
  box.append(checkedField('Success response schema (optional)', ok.schema ?? '', Route.shape.requestSchema, (v) => {
    const s = optional(v);
    if (s === undefined) delete ok.schema;
    else ok.schema = s;
    ctx.changed();
  }, true));
  const row = el('div', undefined, 'row');
  row.append(
    button('Move route up', () => (move(res.routes, i, -1), ctx.changed(true, { group: routeGroup(r, Math.max(i - 1, 0)), control: 'Move route up' })), true),
    button('Move route down', () => (move(res.routes, i, 1), ctx.changed(true, { group: routeGroup(r, Math.min(i + 1, res.routes.length - 1)), control: 'Move route down' })), true),
    button('Delete route', () => (res.routes.splice(i, 1), ctx.changed(true)), true),
  );
  box.append(row);
  return box;
}

function renderResource(ctx: StepContext, res: DraftResource, i: number): HTMLElement {
  const box = el('fieldset', undefined, 'resource');
  tagGroup(box, `resource-${i}`);
  box.append(el('legend', `Resource ${res.name || i + 1}`));
  box.append(checkedField('Name (plural, lower case)', res.name, Resource.shape.name, (v) => ((res.name = v), ctx.changed())));
  box.append(checkedField('Title', res.title, Resource.shape.title, (v) => ((res.title = v), ctx.changed())));
  box.append(checkbox('Rows belong to a user (owned)', res.owned, (v) => ((res.owned = v), ctx.changed())));
  res.routes.forEach((r, j) => box.append(renderRoute(ctx, res, i, r, j)));
  const row = el('div', undefined, 'row');
  row.append(
    button('Add route', () => {
      const base = `${ctx.draft.basePath}/${res.name}`;
      res.routes.push({ method: 'GET', path: base, purpose: '', auth: 'jwt', ...(res.owned ? { ownership: 'owner' as const } : {}), params: [], responses: [{ status: 200 }], errors: [401] });
      ctx.changed(true, { group: routeGroup(i, res.routes.length - 1) });
    }),
    button('Move resource up', () => (move(ctx.draft.resources, i, -1), ctx.changed(true, { group: `resource-${Math.max(i - 1, 0)}`, control: 'Move resource up' })), true),
    button('Move resource down', () => (move(ctx.draft.resources, i, 1), ctx.changed(true, { group: `resource-${Math.min(i + 1, ctx.draft.resources.length - 1)}`, control: 'Move resource down' })), true),
    button('Delete resource', () => (ctx.draft.resources.splice(i, 1), ctx.changed(true)), true),
  );
  box.append(row);
  return box;
}

export function renderResources(ctx: StepContext): HTMLElement {
  const s = el('section');
  s.append(el('h3', 'Resources & Routes'));
  s.append(checkedField('Base path', ctx.draft.basePath, ApiDesign.shape.basePath, (v) => ((ctx.draft.basePath = v), ctx.changed())));
  ctx.draft.resources.forEach((r, i) => s.append(renderResource(ctx, r, i)));
  s.append(button('Add resource', () => {
    ctx.draft.resources.push({ name: '', title: '', owned: true, routes: [] });
    ctx.changed(true, { group: `resource-${ctx.draft.resources.length - 1}` });
  }));
  return s;
}
