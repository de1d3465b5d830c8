// A resource's file, `specs/api/<resource>.md`: title, ownership and model,
// description, one section per route, then the schemas placed in this file.
import type { RootContent } from 'mdast';
import type { ApiDesign, Resource, Schema } from '../model';
import { heading, paragraph, text } from './markdown';
import { inline } from './inline';
import { routeSection } from './routeSection';
import { schemaSection } from './schemaSection';
import { parentSentence, sharingSentence } from './accessWords';

/** The heading of a resource file: `Tasks API`. */
export function resourceHeading(resource: Resource): string {
  return `${resource.title} API`;
}

/** The line stating who owns the rows and which database model holds them. */
export function ownershipLine(resource: Resource): string | undefined {
  // Sharing and the parent are on the same line, so a change to them is one line's change for the partial update.
  const more = [resource.sharing ? sharingSentence(resource, resource.sharing) : '', resource.parent ? parentSentence(resource.parent) : ''].filter((s) => s !== '').map((s) => ` ${s}`).join('');
  if (resource.owned) return (resource.model ? `Rows are owned by a user: see ${resource.model}.` : 'Rows are owned by a user.') + more;
  if (resource.model) return `Rows are not owned by a user. Database model: ${resource.model}.${more}`;
  return more === '' ? undefined : `Rows are not owned by a user.${more}`;
}

/** The mdast nodes of a resource's file. */
export function resourceFile(design: ApiDesign, resource: Resource, schemas: Schema[]): RootContent[] {
  const nodes: RootContent[] = [heading(1, resourceHeading(resource))];
  const lines = [ownershipLine(resource), design.auth.spec ? `Auth: ${design.auth.spec}` : undefined].filter((l): l is string => l !== undefined);
  if (lines.length > 0) nodes.push(paragraph(text(lines.join('\n'))));
  if (resource.description !== undefined) nodes.push(paragraph(...inline(resource.description)));
  for (const route of resource.routes) nodes.push(...routeSection(route));
  if (schemas.length > 0) {
    nodes.push(heading(2, 'Schemas'));
    for (const s of schemas) nodes.push(...schemaSection(s));
  }
  return nodes;
}
