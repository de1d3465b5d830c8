// Decides which file each schema is written in. A schema goes to the file of
// the first resource whose routes use it, so readers find it beside its
// routes; files are filled in order (README, then resources) so that reading
// the files back in that order gives the schemas in the design's own order.
import type { ApiDesign, Schema } from '../model';

function usedNames(type: string | undefined): string[] {
  return type ? [type.replace(/^list\[(.*)\]$/, '$1')] : [];
}

/** Schemas by file slot: 0 is the README, i + 1 is resource i. */
export function placeSchemas(design: ApiDesign): Schema[][] {
  const home = new Map<string, number>();
  design.resources.forEach((r, i) => {
    for (const route of r.routes) {
      for (const name of [...usedNames(route.requestSchema), ...route.responses.flatMap((x) => usedNames(x.schema))]) {
        if (!home.has(name)) home.set(name, i + 1);
      }
    }
  });
  const slots: Schema[][] = design.resources.map(() => []);
  slots.push([]);
  let current = 0;
  for (const s of design.schemas) {
    const preferred = home.get(s.name) ?? current;
    current = Math.max(current, preferred);
    slots[current]?.push(s);
  }
  return slots;
}
