// A change to the current design, as a model writes one: resources and
// schemas to add or replace (by name), and resources, schemas or routes to
// remove. Applied to the design the reader sees in the API specs, it gives the
// whole design the writer needs.
import { z } from 'zod';
import type { ApiDesign } from '../core/model';

export const DesignChange = z.object({
  resources: z.array(z.record(z.string(), z.unknown())).optional().describe('Resources to add, or to replace when one of that name exists: {"name": "tasks", "title": "Tasks", "owned": true, "routes": [...]}. A replaced resource keeps no route you leave out.'),
  routes: z.array(z.object({ resource: z.string().describe('The resource the route belongs to, e.g. "tasks".'), route: z.record(z.string(), z.unknown()).describe('The route: {"method": "GET", "path": "/api/tasks/{task_id}", "purpose": "...", "auth": "jwt", "ownership": "owner", "params": [], "responses": [{"status": 200, "schema": "TaskRead"}], "errors": [401, 404]}.') })).optional().describe('Routes to add to a resource, or to replace when the resource has one with the same method and path.'),
  schemas: z.array(z.record(z.string(), z.unknown())).optional().describe('Schemas to add, or to replace when one of that name exists: {"name": "TaskRead", "fields": [{"name": "id", "type": "integer", "required": true, "nullable": false}]}.'),
  removeRoutes: z.array(z.object({ method: z.string(), path: z.string() })).optional().describe('Routes to remove, by method and path.'),
  removeSchemas: z.array(z.string()).optional().describe('Names of schemas to remove.'),
}).strict();
export type DesignChange = z.infer<typeof DesignChange>;

/** The design after `change`; not validated (the caller validates the result). */
export function applyChange(current: ApiDesign, change: DesignChange): unknown {
  const design = structuredClone(current) as unknown as { resources: Array<Record<string, unknown> & { name?: unknown; routes?: unknown }>; schemas: Array<Record<string, unknown>> };
  for (const r of change.resources ?? []) {
    const at = design.resources.findIndex((x) => x.name === r.name);
    if (at >= 0) design.resources[at] = r;
    else design.resources.push(r);
  }
  for (const { resource, route } of change.routes ?? []) {
    let home = design.resources.find((x) => x.name === resource);
    if (!home) {
      home = { name: resource, title: resource.charAt(0).toUpperCase() + resource.slice(1), owned: false, routes: [] };
      design.resources.push(home);
    }
    const routes = (Array.isArray(home.routes) ? home.routes : (home.routes = [])) as Array<Record<string, unknown>>;
    const at = routes.findIndex((x) => x.method === route.method && x.path === route.path);
    if (at >= 0) routes[at] = route;
    else routes.push(route);
  }
  for (const s of change.schemas ?? []) {
    const at = design.schemas.findIndex((x) => x.name === s.name);
    if (at >= 0) design.schemas[at] = s;
    else design.schemas.push(s);
  }
  for (const gone of change.removeRoutes ?? []) {
    for (const r of design.resources) {
      if (Array.isArray(r.routes)) r.routes = (r.routes as Array<Record<string, unknown>>).filter((x) => !(String(x.method).toUpperCase() === gone.method.toUpperCase() && x.path === gone.path));
    }
  }
  const removed = new Set(change.removeSchemas ?? []);
  design.schemas = design.schemas.filter((s) => !removed.has(String(s.name)));
  return design;
}
