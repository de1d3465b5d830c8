// A reference resolved for a reader rather than a file: given a token as
// written (`@specs/db/models.md#task`, optionally followed by a route), the
// exact section it names, the folder or glob matches, or why it does not
// resolve and what it most likely meant. Coding agents read specs this way
// instead of opening whole files.
import type { ReferenceIndex } from './referenceIndex';
import { underRoot } from './referenceIndex';
import { resolveToken } from './resolver';
import { scanTokens } from './scanner';
import { routeKey, type SpecFileInfo } from './specFile';

/** What a reference names: a section of a file (lines 1-based), a folder, glob matches, or why it does not resolve. */
export type ReferenceLookup =
  | { kind: 'section'; file: string; startLine: number; endLine: number; heading?: string; text: string }
  | { kind: 'folder'; folder: string; files: string[] }
  | { kind: 'glob'; matches: string[] }
  | { kind: 'broken'; code: string; message: string; closest: string[] };

/** How many "closest" references a broken one lists. */
const CLOSEST = 5;

/** Resolves `reference` (and `route`, as written after it on a line); undefined when the text is no reference. */
export function lookupReference(index: ReferenceIndex, reference: string, route?: string): ReferenceLookup | undefined {
  const token = scanTokens(`${reference}${route ? ` ${route}` : ''}`, 'query.txt')[0];
  if (!token) return undefined;
  const r = resolveToken(index, token);
  if (r.kind === 'broken') {
    const closest = r.suggestions.slice(0, CLOSEST).map((s) => (r.code === 'ref.no-such-heading' ? `@specs/${token.path}#${s}` : `@specs/${s}`));
    return { kind: 'broken', code: r.code, message: r.message, closest };
  }
  if (r.kind === 'folder') {
    const files = index.children(r.folder).files.map((f) => underRoot(index.specsRoot, r.folder === '' ? f : `${r.folder}/${f}`));
    return { kind: 'folder', folder: underRoot(index.specsRoot, r.folder), files };
  }
  if (r.kind === 'glob') return { kind: 'glob', matches: r.matches.map((m) => underRoot(index.specsRoot, m)) };
  const info = index.spec(r.file);
  const file = underRoot(index.specsRoot, r.file);
  if (!info) return { kind: 'section', file, startLine: 1, endLine: 1, text: '' };
  // A route with no anchor names the section that declares it.
  const heading = r.heading ?? (token.route ? sectionOfRoute(info, token.route.method, token.route.path) : undefined);
  const start = heading?.range.start.offset ?? 0;
  const body = info.text.slice(start, heading?.sectionEnd ?? info.text.length).replace(/\s+$/, '');
  return { kind: 'section', file, startLine: lineAt(info.text, start) + 1, endLine: lineAt(info.text, start + body.length) + 1, ...(heading ? { heading: heading.text } : {}), text: body };
}

function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The innermost heading whose section holds the route's declaration. */
function sectionOfRoute(info: SpecFileInfo, method: string, path: string) {
  const key = routeKey(method, path);
  const route = info.routes.find((r) => r.key === key);
  if (!route) return undefined;
  const at = route.range.start.offset;
  let best: SpecFileInfo['headings'][number] | undefined;
  for (const h of info.headings) if (h.range.start.offset <= at && at < h.sectionEnd && (!best || h.level >= best.level)) best = h;
  return best;
}
