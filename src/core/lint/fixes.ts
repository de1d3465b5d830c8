// Builders for the quick fixes that edit a route's bullet list: the errors
// line, the auth line. A fix is offered only where the edit is clearly right
// (the route is written in the canonical bullet style); otherwise none.
import type { Route } from '../model';
import type { FindingFix, TextEdit } from '../diagnostics';
import type { LintContext } from './types';
import { spanOf } from './places';
import { eolOf, lineEnd, lineStart, rangeAt } from './text';

/** The errors list written as plain numbers: `401, 404, 422`. */
const PLAIN_STATUS_LIST = /\b[1-5]\d\d(?:\s*,\s*[1-5]\d\d)*\b/;

/** Edit that adds statuses to a route's errors, or undefined when no clear edit exists. */
export function addErrorsEdit(ctx: LintContext, route: Route, add: number[]): TextEdit | undefined {
  const span = spanOf(ctx, route);
  const text = span && ctx.texts.get(span.file);
  if (!span || text === undefined) return undefined;
  const errors = span.parts.errors;
  if (errors) {
    const from = errors.start.offset;
    const lineText = text.slice(from, lineEnd(text, from));
    const m = PLAIN_STATUS_LIST.exec(lineText);
    if (!m) return undefined;
    const listed = m[0].split(',').map((s) => Number(s.trim()));
    const merged = [...new Set([...listed, ...add])].sort((a, b) => a - b);
    const start = from + m.index;
    return { file: span.file, range: rangeAt(text, start, start + m[0].length), newText: merged.join(', ') };
  }
  // No errors line: add one after the last bullet of the route's list.
  const anchor = lastBulletPart(span.parts, text);
  if (anchor === undefined) return undefined;
  const end = lineEnd(text, anchor);
  // A route without its own list inherits the global statuses; keep them when it gets one.
  const sorted = [...new Set([...(route.errors.length === 0 ? ctx.globalErrors ?? [] : []), ...add])].sort((a, b) => a - b);
  return { file: span.file, range: rangeAt(text, end, end), newText: `${eolOf(text)}- **Errors:** ${sorted.join(', ')}` };
}

/** A fix adding statuses to the errors line, or undefined. */
export function addErrorsFix(ctx: LintContext, route: Route, add: number[]): FindingFix | undefined {
  const edit = addErrorsEdit(ctx, route, add);
  if (!edit) return undefined;
  return { title: `Add ${add.join(', ')} to the route's errors`, edits: [edit], preferred: true };
}

/** Start offset of the last part that sits on a `- **...**` bullet line, if any. */
function lastBulletPart(parts: Record<string, { start: { offset: number } }>, text: string): number | undefined {
  let best: number | undefined;
  for (const name of ['auth', 'request', 'responses', 'errors']) {
    const part = parts[name];
    if (!part) continue;
    const from = lineStart(text, part.start.offset);
    if (!/^\s*[-*+]\s/.test(text.slice(from, lineEnd(text, from)))) continue;
    if (best === undefined || part.start.offset > best) best = part.start.offset;
  }
  return best;
}

/** Start offset of the first part on a bullet line, if any. */
function firstBulletPart(parts: Record<string, { start: { offset: number } }>, text: string): number | undefined {
  let best: number | undefined;
  for (const name of ['auth', 'request', 'responses', 'errors']) {
    const part = parts[name];
    if (!part) continue;
    const from = lineStart(text, part.start.offset);
    if (!/^\s*[-*+]\s/.test(text.slice(from, lineEnd(text, from)))) continue;
    if (best === undefined || part.start.offset < best) best = part.start.offset;
  }
  return best;
}

/** Edit that inserts `- **Auth:** <words>` into a route: first in its bullet list, or after its purpose. */
export function insertAuthLineEdit(ctx: LintContext, route: Route, words: string): TextEdit | undefined {
  const span = spanOf(ctx, route);
  const text = span && ctx.texts.get(span.file);
  if (!span || text === undefined) return undefined;
  const eol = eolOf(text);
  const first = firstBulletPart(span.parts, text);
  if (first !== undefined) {
    const at = lineStart(text, first);
    return { file: span.file, range: rangeAt(text, at, at), newText: `- **Auth:** ${words}${eol}` };
  }
  const after = span.parts.purpose ?? span.parts.heading;
  if (!after) return undefined;
  const at = lineEnd(text, after.end.offset);
  return { file: span.file, range: rangeAt(text, at, at), newText: `${eol}${eol}- **Auth:** ${words}` };
}

/** Edit that appends words to the route's auth line, e.g. the ownership rule. */
export function appendToAuthLineEdit(ctx: LintContext, route: Route, words: string): TextEdit | undefined {
  const span = spanOf(ctx, route);
  const text = span && ctx.texts.get(span.file);
  const auth = span?.parts.auth;
  if (!span || text === undefined || !auth) return undefined;
  const at = lineEnd(text, auth.start.offset);
  const line = text.slice(lineStart(text, auth.start.offset), at);
  if (!/^\s*[-*+]\s/.test(line)) return undefined;
  return { file: span.file, range: rangeAt(text, at, at), newText: `; ${words}` };
}
