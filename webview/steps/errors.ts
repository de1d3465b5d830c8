// Errors: the error response schema and the status codes per route, with
// FastAPI's usual statuses proposed.
import { FASTAPI_ERROR_CATALOG } from '../../src/core/designer';
import { button, checkbox, dropdown } from '../toolkit';
import { el, pathText } from '../ui';
import type { StepContext } from '../context';

export function renderErrors(ctx: StepContext): HTMLElement {
  const s = el('section');
  s.append(el('h3', 'Errors'));
  s.append(dropdown('Error response schema', ctx.draft.errors.schema.kind, [{ value: 'fastapi-detail', label: 'FastAPI {"detail": ...}' }], () => ctx.changed()));
  s.append(button('Propose FastAPI defaults', () => {
    for (const d of FASTAPI_ERROR_CATALOG) if (!ctx.draft.errors.catalog.some((c) => c.status === d.status)) ctx.draft.errors.catalog.push({ ...d });
    for (const r of ctx.draft.resources.flatMap((x) => x.routes)) {
      const want = [...(r.auth !== 'public' ? [401] : []), ...(/\{/.test(r.path) ? [404] : []), ...(r.requestSchema || r.params.length ? [422] : [])];
      r.errors = [...new Set([...r.errors, ...want])].sort((a, b) => a - b);
    }
    ctx.changed(true);
  }, true));
  for (const res of ctx.draft.resources) {
    for (const route of res.routes) {
      const box = el('fieldset', undefined, 'route');
      box.append(pathText('legend', `${route.method} ${route.path}`));
      for (const status of ctx.draft.errors.catalog.map((c) => c.status)) {
        box.append(checkbox(String(status), route.errors.includes(status), (v) => {
          route.errors = v ? [...new Set([...route.errors, status])].sort((a, b) => a - b) : route.errors.filter((x) => x !== status);
          ctx.changed();
        }));
      }
      s.append(box);
    }
  }
  return s;
}
