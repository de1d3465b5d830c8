// A changed route whose only changes are in parts the reader located (the
// purpose, the auth line, the errors line, the request line) gets those parts
// replaced and nothing else, so the hand-written lines around them survive.
// The result is read back; when it does not give the new route, the caller
// rewrites the whole section instead.
import type { Route, SourceSpan } from '../model';
import { readApiFile } from '../reader';
import type { FilePlan } from './filePlan';
import { labelItem, paragraph, stringify, text } from './markdown';
import { inline } from './inline';
import { authItem } from './routeSection';
import { routeKey, same } from './sameModel';

type Part = { from: number; to: number; lf: string };

const paragraphText = (nodes: Parameters<typeof paragraph>): string => stringify([paragraph(...nodes)]).trimEnd();
const FIELDS = ['purpose', 'auth', 'ownership', 'access', 'errors', 'requestSchema', 'params', 'responses'] as const;

/** The part edits for the changed fields, or undefined when a change has no part of its own to replace. */
function partEdits(plan: FilePlan, span: SourceSpan, before: Route, after: Route): Part[] | undefined {
  const changed = new Set(FIELDS.filter((k) => !same(before[k], after[k])));
  const inside = (name: string): [number, number] | undefined => {
    const r = span.parts[name];
    if (!r || r.start.offset < span.range.start.offset || r.end.offset > span.range.end.offset || r.end.offset <= r.start.offset) return undefined;
    return [r.start.offset, r.end.offset];
  };
  const oneLine = (r: [number, number] | undefined) => (r && !plan.text.slice(r[0], r[1]).includes('\n') ? r : undefined);
  const parts: Part[] = [];
  const add = (r: [number, number] | undefined, lf: string | undefined): boolean => (r && lf !== undefined ? (parts.push({ from: r[0], to: r[1], lf }), true) : false);
  for (const k of ['params', 'responses'] as const) if (changed.has(k)) return undefined;
  if (changed.has('purpose') && !add(inside('purpose'), paragraphText(inline(after.purpose)))) return undefined;
  if (changed.has('auth') || changed.has('ownership') || changed.has('access')) {
    const auth = oneLine(inside('auth'));
    const own = inside('ownership');
    if (own && (!auth || own[0] !== auth[0] || own[1] !== auth[1])) return undefined;
    const item = authItem(after);
    if (!add(auth, item && stringify(item.children).trimEnd())) return undefined;
  }
  if (changed.has('errors')) {
    const lf = stringify(labelItem('Errors', text(after.errors.length > 0 ? after.errors.join(', ') : 'none')).children).trimEnd();
    if (!add(oneLine(inside('errors')), lf)) return undefined;
  }
  if (changed.has('requestSchema')) {
    const lf = after.requestSchema === undefined ? undefined : stringify(labelItem('Request', { type: 'inlineCode', value: after.requestSchema }).children).trimEnd();
    if (!add(oneLine(inside('request')), lf)) return undefined;
  }
  parts.sort((x, y) => x.from - y.from);
  for (let i = 1; i < parts.length; i++) if ((parts[i] as Part).from < (parts[i - 1] as Part).to) return undefined;
  return parts;
}

/** Plans the part edits of a changed route section; false when the section must be rewritten whole. */
export function planRouteParts(plan: FilePlan, span: SourceSpan, before: Route, after: Route): boolean {
  const parts = partEdits(plan, span, before, after);
  if (!parts || parts.length === 0) return false;
  let candidate = '';
  let at = 0;
  for (const p of parts) {
    candidate += plan.text.slice(at, p.from) + p.lf.replace(/\n/g, plan.eol);
    at = p.to;
  }
  candidate += plan.text.slice(at);
  const back = readApiFile(plan.file, candidate).resource.routes.find((r) => routeKey(r) === routeKey(after));
  if (!back || !same(back, after)) return false;
  for (const p of parts) plan.replace(p.from, p.to, p.lf);
  return true;
}
