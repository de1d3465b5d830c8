// Where a spec's text speaks of errors for many routes: its status-code
// sections ("## HTTP Status Codes", "### 4. Errors") and whether it states an
// error body. Read line by line in one pass, so the cost grows with the text:
// the regular expressions these replace backtracked on hostile lines (a
// heading of blanks cost the square of its length, "error response" repeated
// on one line the square, a heading followed by blank lines the cube).
import { METHOD_PATTERN } from '../routeGrammar';

/** A status-code heading's text (after its marks and blanks, trimmed): `.*` backtracks once over a trimmed title. */
const STATUS_TITLE = /^(?:.*\b(?:status codes?|error codes?|http status(?:es)?|error responses?|error handling|error (?:response )?formats?|error (?:taxonomy|catalog(?:ue)?|reference|summary|table))|(?:\d+[.)][ \t]*)?(?:common |general |shared )?errors?)$/i;
const ROUTE_HEADING = new RegExp(String.raw`^(?:\d+[.)][ \t]*)?\x60?(?:${METHOD_PATTERN})[ \t]+\/`, 'i');
/** Error bodies named in a phrase, a `"detail":` key, or an `Error response:` label followed by a fence. */
const SCHEMA_WORDS = /"detail"\s*:|\berror (response )?(schema|body|bodies|format|envelope|shape|object)\b|^[ \t]*[*_]*error (?:response|format|body|schema)s?[*_]*(?::[*_]*)?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*```/im;
const ERROR_RESPONSE = /\berror responses?\b/i;
const ERROR_FORMAT = /\berror (?:response|format)s?\b/i;
/** What starts a written error body: a fence, a `` - `field` `` list, a table, or a status bullet with its object (`- 400: { error: string }`). */
const BODY_START = /[ \t]*(?:```|[-*]\s+`\w+`|\||[-*][ \t]+[*`]{0,3}[1-5]\d\d\b[^\n{]{0,40}\{)/y;

interface HeadingMark {
  at: number;
  /** Where its line ends (before the line break). */
  end: number;
  depth: number;
  /** Its text after the marks and blanks, with trailing blanks and `\r` removed. */
  title: string;
}

/** The `#` headings of a text (one to six marks and a blank), in order. */
function headingsOf(text: string): HeadingMark[] {
  const out: HeadingMark[] = [];
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (text.charCodeAt(at) === 35) {
      let i = at;
      while (i < end && text.charCodeAt(i) === 35) i++;
      const depth = i - at;
      const blank = text.charCodeAt(i);
      if (depth <= 6 && (blank === 32 || blank === 9)) {
        let to = end;
        while (to > i && /[ \t\r]/.test(text.charAt(to - 1))) to--;
        let from = i;
        while (from < to && /[ \t]/.test(text.charAt(from))) from++;
        out.push({ at, end, depth, title: text.slice(from, to) });
      }
    }
    at = end + 1;
  }
  return out;
}

/**
 * The file's status-code sections: each one's text up to the next heading of
 * its level or above (its subsections too: "### 401 Unauthorized" under
 * "## Common Error Responses"). A section inside a route's own section is
 * that route's, not the file's.
 */
export function statusSections(text: string): Array<{ from: number; body: string }> {
  const found: Array<{ from: number; to: number; depth: number }> = [];
  // Sections still open (waiting for a heading at their depth or above), and per depth the last heading's start and whether it was a route's.
  const open: Array<{ from: number; to: number; depth: number }> = [];
  const lastAt = [-1, -1, -1, -1, -1, -1, -1];
  const lastRoute = [false, false, false, false, false, false, false];
  for (const h of headingsOf(text)) {
    while (open.length > 0 && (open[open.length - 1] as { depth: number }).depth >= h.depth) (open.pop() as { to: number }).to = h.at;
    if (h.depth <= 3 && STATUS_TITLE.test(h.title)) {
      // The parent is the latest heading above its depth.
      let parent = 0;
      for (let d = 1; d < h.depth; d++) if (lastAt[d] as number > (lastAt[parent] as number)) parent = d;
      if (parent === 0 || !lastRoute[parent]) {
        const section = { from: h.end, to: text.length, depth: h.depth };
        found.push(section);
        open.push(section);
      }
    }
    lastAt[h.depth] = h.at;
    lastRoute[h.depth] = ROUTE_HEADING.test(h.title);
  }
  return found.map(({ from, to }) => ({ from, body: text.slice(from, to) }));
}

/** Whether the text states the error body: in words, as a `"detail"` key, or under an error-format heading or label. */
export function errorSchemaStated(text: string): boolean {
  if (SCHEMA_WORDS.test(text)) return true;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    // "Error responses return { ... }" on one line.
    const said = ERROR_RESPONSE.exec(line);
    if (said && line.indexOf('{', said.index + said[0].length) >= 0) return true;
    // A `## Error format` heading whose body is a fence, a field list or a table: after its empty lines,
    // within three lines of anything and then blank lines.
    if (/^#{2,6}[ \t]/.test(line) && ERROR_FORMAT.test(line)) {
      let k = n + 1;
      while (k < lines.length && lines[k] === '') k++;
      for (let seen = 0; k < lines.length; k++, seen++) {
        const next = lines[k] as string;
        BODY_START.lastIndex = 0;
        if (BODY_START.test(next)) return true;
        if (seen >= 3 && next.trim() !== '') break;
      }
    }
  }
  return false;
}
