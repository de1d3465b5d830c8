// `specs/api/README.md`: the API's overview: title, description, base path,
// authentication, error strategy, the resources and an index of every route.
import type { RootContent } from 'mdast';
import type { ApiDesign, Schema } from '../model';
import { code, heading, item, list, paragraph, table, text } from './markdown';
import { schemaSection } from './schemaSection';
import { inline } from './inline';
import { routeAnchor } from './slug';
import { phrasing, rolesSentence } from './accessWords';

function authParagraphs(design: ApiDesign): RootContent[] {
  const a = design.auth;
  const first = paragraph(
    text('All endpoints require a JWT bearer token ('),
    code(`${a.header}: Bearer <token>`),
    text(`, ${a.algorithm}, ${a.tokenLifetimeMinutes} minutes) unless marked public; the user is the token's `),
    code(a.userClaim),
    text(' claim.'),
  );
  const second = paragraph(
    text('Rows are owned by their user through the '),
    code(a.ownership.column),
    text(` column; another user's row answers ${a.ownership.otherUserStatus}.${a.spec ? ` See ${a.spec}.` : ''}`),
  );
  return a.roles ? [first, second, paragraph(...phrasing(rolesSentence(a.roles)))] : [first, second];
}

function errorsParagraph(design: ApiDesign, specsRoot: string): RootContent {
  const body = design.errors.schema.kind === 'custom' ? [text('Errors use the '), code(design.errors.schema.name), text(' envelope')] : [text("Errors use FastAPI's "), code('{"detail": ...}'), text(' body')];
  return paragraph(...body, text(`; the codes are listed in @${specsRoot}/api/errors.md#status-codes.`));
}

/** The mdast nodes of the README. */
export function readmeFile(design: ApiDesign, schemas: Schema[], specsRoot: string): RootContent[] {
  const nodes: RootContent[] = [heading(1, design.title)];
  if (design.description !== undefined) nodes.push(paragraph(...inline(design.description)));
  nodes.push(paragraph(text('Base path: '), design.basePath === '' ? text('none (routes start at the root).') : code(design.basePath), ...(design.basePath === '' ? [] : [text('.')])));
  nodes.push(heading(2, 'Authentication'), ...authParagraphs(design));
  nodes.push(heading(2, 'Errors'), errorsParagraph(design, specsRoot));
  if (design.resources.length > 0) {
    nodes.push(heading(2, 'Resources'));
    nodes.push(list(design.resources.map((r) => item({ type: 'link', url: `${r.name}.md`, children: [text(r.title)] }, ...(r.description !== undefined ? [text(': '), ...inline(r.description)] : [])))));
  }
  const rows = design.resources.flatMap((r) => r.routes.map((route) => [route.method, route.path, route.purpose, `${r.name}.md#${routeAnchor(route)}`]));
  if (rows.length > 0) {
    nodes.push(heading(2, 'Routes'));
    nodes.push(table(['Method', 'Path', 'Purpose', 'Spec'], rows));
  }
  if (schemas.length > 0) {
    nodes.push(heading(2, 'Schemas'));
    for (const s of schemas) nodes.push(...schemaSection(s));
  }
  return nodes;
}
