// What the CLI's generate keeps from the specs it updates: a design file is
// often written by hand and may leave things out that the specs hold. Unless
// asked to prune, a route the specs have and the design does not name (under
// any resource) stays in its resource, in its place among its neighbours; a
// description the design leaves empty keeps the specs' text instead of
// deleting it. The wizard loads the specs first, so there an absent route is
// a removal the user made (and Review shows it), and it does not use this.
import type { ApiDesign, Resource, Route } from '../model';
import { routeKey } from './sameModel';

export interface KeepOptions {
  /** Delete routes the design does not name (`generate --prune`). */
  prune: boolean;
  /** Delete the files of resources the design does not name, when the writer generated them (`--delete-removed`). */
  deleteRemoved: boolean;
}

/** A resource the design leaves out whose file stays, and why. */
export interface KeptFile {
  file: string;
  why: 'not-in-design' | 'not-generated';
}

/**
 * True when a file is a resource file as the writer writes them: a
 * `# <Title> API` heading first and at least one route. Only such files are
 * deleted by --delete-removed; a CHANGELOG.md or notes in specs/api/ are not.
 */
export function looksGenerated(text: string, resource: Resource): boolean {
  const first = (text.trimStart().split('\n')[0] ?? '').trim();
  return resource.routes.length > 0 && first.startsWith('# ') && first.endsWith(' API');
}

/** The old routes of a resource merged into the new list, each after the route that preceded it before. */
function mergeRoutes(before: Route[], after: Route[], named: Set<string>): Route[] {
  const out = [...after];
  let previous: string | undefined;
  for (const route of before) {
    const key = routeKey(route);
    if (!named.has(key)) {
      const at = previous === undefined ? 0 : out.findIndex((r) => routeKey(r) === previous) + 1;
      out.splice(at, 0, route);
    }
    previous = key;
  }
  return out;
}

const keepDescription = <T extends { description?: string }>(now: T, before: T | undefined): T =>
  now.description === undefined && before?.description !== undefined ? { ...now, description: before.description } : now;

function keepResource(now: Resource, before: Resource | undefined, named: Set<string>, options: KeepOptions): Resource {
  if (!before) return now;
  const kept = keepDescription(now, before);
  const routes = options.prune ? kept.routes : mergeRoutes(before.routes, kept.routes, named);
  return routes === kept.routes ? kept : { ...kept, routes };
}

/**
 * The design to write: `design` with what the existing specs (`old`, as read)
 * hold and the design leaves out kept, and the files of left-out resources
 * that stay. `fileOf` names the file a resource was read from, `textOf` its text.
 */
export function keepHandWritten(old: ApiDesign, design: ApiDesign, options: KeepOptions, fileOf: (name: string) => string | undefined, textOf: (file: string) => string): { design: ApiDesign; kept: KeptFile[] } {
  const named = new Set(design.resources.flatMap((r) => r.routes.map(routeKey)));
  const oldByName = new Map(old.resources.map((r) => [r.name, r] as const));
  const oldSchemas = new Map(old.schemas.map((s) => [s.name, s] as const));
  const resources = design.resources.map((r) => keepResource(r, oldByName.get(r.name), named, options));
  const kept: KeptFile[] = [];
  // A left-out resource stays whole, in its place, unless its file may be deleted.
  const present = new Set(design.resources.map((r) => r.name));
  let previous: string | undefined;
  for (const before of old.resources) {
    const file = fileOf(before.name);
    if (!present.has(before.name) && file !== undefined) {
      const deletable = options.deleteRemoved && looksGenerated(textOf(file), before);
      if (!deletable) {
        kept.push({ file, why: options.deleteRemoved ? 'not-generated' : 'not-in-design' });
        const at = previous === undefined ? 0 : resources.findIndex((r) => r.name === previous) + 1;
        // Its routes stay only where the design does not name them elsewhere.
        resources.splice(at, 0, { ...before, routes: before.routes.filter((r) => !named.has(routeKey(r))) });
      }
    }
    if (resources.some((r) => r.name === before.name)) previous = before.name;
  }
  return {
    design: { ...keepDescription(design, old), resources, schemas: design.schemas.map((s) => keepDescription(s, oldSchemas.get(s.name))) },
    kept,
  };
}
