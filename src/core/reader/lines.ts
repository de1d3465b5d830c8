// Splits a block into source lines with offsets and classifies them: route
// lines, `**Label:** value` lines, status bullets.
import { matchRouteLine } from '../routeGrammar';

export interface Line {
  /** The line without bullet markers, bold markers kept. */
  text: string;
  start: number;
  end: number;
}

/** The source lines between two offsets, bullets and quote markers stripped; the offsets exclude them. */
export function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let at = from;
  while (at < to) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > to) nl = to;
    let end = nl;
    if (end > at && text.charCodeAt(end - 1) === 13) end--;
    const raw = text.slice(at, end);
    const lead = /^[\s>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?/.exec(raw)?.[0].length ?? 0;
    let trimmedEnd = end;
    while (trimmedEnd > at + lead && /\s/.test(text[trimmedEnd - 1] ?? '')) trimmedEnd--;
    if (trimmedEnd > at + lead) out.push({ text: text.slice(at + lead, trimmedEnd), start: at + lead, end: trimmedEnd });
    at = nl + 1;
  }
  return out;
}

export type { RouteLine } from '../routeGrammar';

/** `GET /api/tasks - List tasks`, `1. GET /x`, `` `DELETE /tasks/{id}` `` (the shared route grammar). */
export const matchRoute = matchRouteLine;

export interface LabelLine {
  /** Lower-case label without punctuation: `response 200`, `auth`. */
  label: string;
  value: string;
  /** Where the value starts in the line. */
  valueIndex: number;
}

const LABEL = /^(?:\*\*|__)?([A-Za-z][A-Za-z0-9 ()/_`-]{0,60}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:?|:)\s*(.*)$/;

/** `**Auth:** JWT`, `**Response (200 OK)**:`, `Response (201 Created):`. */
export function matchLabel(line: string): LabelLine | undefined {
  if (line.length > 2000) return undefined;
  const m = LABEL.exec(line);
  if (!m) return undefined;
  const bold = /^(\*\*|__)/.test(line);
  const label = (m[1] as string).toLowerCase().replace(/[()`]/g, ' ').replace(/\s+/g, ' ').trim();
  // Without bold, only known labels count, so prose such as "Note: ..." stays prose.
  if (!bold && !/^(auth|authentication|response|responses|request|request body|body|errors?|status codes?|method|path|endpoint|purpose|description)\b/.test(label)) return undefined;
  const value = m[2] as string;
  return { label, value, valueIndex: line.length - value.length };
}

/** `404: Not Found`, `` `201` - Created ``, `200 OK`. */
export function matchStatus(line: string): { status: number; text: string } | undefined {
  const m = /^(?:\*\*|__)?`?([1-5]\d\d)`?(?:\*\*|__)?(?:\s*[-:\u2013\u2014]\s*|\s+|$)(.*)$/.exec(line.slice(0, 2000));
  if (!m) return undefined;
  return { status: Number(m[1]), text: (m[2] as string).trim() };
}

/** Every status code named in a text: `401, 404` or `404 Not Found`. */
export function statusesIn(text: string): number[] {
  return [...text.slice(0, 2000).matchAll(/\b([1-5]\d\d)\b/g)].map((m) => Number(m[1]));
}
