// The design-wide parts of the README and errors file: description, base
// path, the authentication paragraphs, the resource list, the error envelope's name.
import type { Nodes } from 'mdast';
import { inlineText, plainText } from './markdown';
import type { FileRead } from './types';
import { readRolesSentence } from './access';

/** Reads a paragraph or list of an overview section; true when the section is one the overview owns. */
export function readOverviewSection(read: FileRead, section: string, node: Nodes, text: string): boolean {
  const words = plainText(node).slice(0, 4000);
  const o = read.overview;
  if (section === '') {
    const raw = inlineText(node, text);
    const base = /^(.*?)\s*Base path: (?:`([^`]*)`|none)/.exec(raw);
    if (base) {
      o.basePath = base[2] ?? '';
      if (base[1] && o.description === undefined) o.description = base[1];
    }
    else if (o.description === undefined && node.type === 'paragraph') o.description = inlineText(node, text);
    else return false;
    return true;
  }
  if (section === 'authentication' || section === 'auth') {
    const auth = (o.auth ??= {});
    const raw = inlineText(node, text);
    const header = /`([^`]+): Bearer <token>`/.exec(raw);
    if (header) auth.header = header[1] as string;
    const alg = /\b((?:HS|RS|ES|PS)(?:256|384|512)|EdDSA)\b/.exec(words);
    if (alg) auth.algorithm = alg[1] as string;
    const life = /\b(\d+) minutes?\b/.exec(words);
    if (life) auth.tokenLifetimeMinutes = Number(life[1]);
    const claim = /token's `(\w+)` claim/.exec(raw);
    if (claim) auth.userClaim = claim[1] as string;
    const column = /through the `(?:\w+\.)?(\w+)` column|through `(?:\w+\.)?(\w+)`/.exec(raw);
    if (column) auth.ownership = { ...auth.ownership, column: (column[1] ?? column[2]) as string };
    const status = /another user's row answers (403|404)/.exec(words);
    if (status) auth.ownership = { ...auth.ownership, otherUserStatus: Number(status[1]) as 403 | 404 };
    const roles = readRolesSentence(raw);
    if (roles) auth.roles = roles;
    const spec = /See (@specs\/[A-Za-z0-9_\-./*]+?(?:#\S+?)?)\.?$/.exec(raw);
    if (spec) auth.spec = spec[1] as string;
    return true;
  }
  if (section === 'errors') return true;
  if (section === 'error schema') {
    const name = /custom envelope, `([A-Z][A-Za-z0-9]*)`/.exec(inlineText(node, text));
    if (name) read.errors = { ...read.errors, schema: { kind: 'custom', name: name[1] as string, fields: [] } };
    return true;
  }
  if (section === 'resources' && node.type === 'list') {
    for (const item of node.children) {
      const m = /\(([a-z][a-z0-9-]*)\.md\)/.exec(text.slice(item.position?.start.offset ?? 0, item.position?.end.offset ?? 0));
      if (m) o.resourceOrder.push(m[1] as string);
    }
    return true;
  }
  return false;
}
