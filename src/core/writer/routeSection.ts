// The canonical section of one route: heading, purpose, parameter table and
// the bullet list (auth, query, request, responses, errors).
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import type { Route } from '../model';
import { code, heading, labelItem, list, paragraph, table, text } from './markdown';
import { inline } from './inline';
import { accessWords, phrasing } from './accessWords';

/** Words for a route's ownership rule. */
export function ownershipWords(ownership: 'owner' | 'none'): string {
  return ownership === 'owner' ? 'owner only' : 'not scoped to an owner';
}

export function authItem(route: Route): ListItem | undefined {
  if (route.access !== undefined) {
    const head = route.auth === 'jwt' ? 'JWT required; ' : route.auth === 'public' ? 'public (no token); ' : '';
    return labelItem(route.auth === undefined ? 'Access' : 'Auth', ...phrasing(head + accessWords(route.access, route.path)));
  }
  if (route.auth === undefined) {
    return route.ownership === undefined ? undefined : labelItem('Ownership', text(ownershipWords(route.ownership)));
  }
  const head = route.auth === 'jwt' ? 'JWT required' : 'public (no token)';
  const tail = route.ownership === undefined ? '' : `; ${ownershipWords(route.ownership)}`;
  return labelItem('Auth', text(head + tail));
}

function responseItem(status: number, schema: string | undefined, description: string | undefined): ListItem {
  const rest: PhrasingContent[] = [];
  if (schema !== undefined) rest.push(code(schema));
  if (description !== undefined) rest.push(text(schema !== undefined ? ` - ${description}` : description));
  if (rest.length === 0) rest.push(text('no content'));
  return labelItem(`Response ${status}`, ...rest);
}

/** The mdast nodes of a route's section. */
export function routeSection(route: Route): RootContent[] {
  const nodes: RootContent[] = [heading(2, `${route.method} ${route.path}`), paragraph(...inline(route.purpose))];
  if (route.params.length > 0) {
    nodes.push(
      table(
        ['parameter', 'in', 'type', 'required', 'description'],
        route.params.map((p) => [p.name, p.in, p.type, p.required ? 'yes' : 'no', p.description ?? '']),
      ),
    );
  }
  const items: ListItem[] = [];
  const auth = authItem(route);
  if (auth) items.push(auth);
  if (route.requestSchema !== undefined) items.push(labelItem('Request', code(route.requestSchema)));
  for (const r of route.responses) items.push(responseItem(r.status, r.schema, r.description));
  items.push(labelItem('Errors', text(route.errors.length > 0 ? route.errors.join(', ') : 'none')));
  nodes.push(list(items));
  return nodes;
}
