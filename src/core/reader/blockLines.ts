// How the parser's pre-passes see a line without parsing it: where its text
// starts after indentation and container markers (a list item, a quote, a
// heading or a table row begins a new block there), and whether it is a code
// fence. An estimate for bounding the parser's work, not a markdown parser; it
// errs towards taking lines as one block.

/** Where a line's text starts after indentation and container markers, and whether a marker began a new block there. */
export function lineBody(text: string, from: number, to: number): { at: number; marker: boolean } {
  let i = from;
  let marker = false;
  for (let guard = 0; guard < 64; guard++) {
    while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const c = text.charAt(i);
    const d = text.charAt(i + 1);
    if (c === '>') {
      i++;
      marker = true;
    } else if ((c === '-' || c === '*' || c === '+') && (d === ' ' || d === '\t')) {
      i += 2;
      marker = true;
    } else if (c >= '0' && c <= '9') {
      let j = i;
      while (j < to && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
      if ((text.charAt(j) === '.' || text.charAt(j) === ')') && (text.charAt(j + 1) === ' ' || text.charAt(j + 1) === '\t')) {
        i = j + 2;
        marker = true;
      } else break;
    } else break;
  }
  const c = text.charAt(i);
  return { at: i, marker: marker || c === '#' || c === '|' };
}

/** A fence line's character and length (three or more backticks or tildes), if the line is one. */
export function fenceOf(text: string, at: number, to: number): { char: number; length: number; bare: boolean } | undefined {
  const char = text.charCodeAt(at);
  if (char !== 96 && char !== 126) return undefined;
  let j = at;
  while (j < to && text.charCodeAt(j) === char) j++;
  if (j - at < 3) return undefined;
  let bare = true;
  for (let k = j; k < to && bare; k++) bare = text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9;
  return { char, length: j - at, bare };
}

/** The longest run of lines micromark may parse as one paragraph: non-blank, outside fenced code, no marker between. */
export function longestParagraph(text: string): { chars: number; line: number } {
  let longest = { chars: 0, line: 0 };
  let start = -1;
  let startLine = 0;
  let line = 0;
  let fence: { char: number; length: number } | undefined;
  for (let at = 0; at <= text.length; line++) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const body = lineBody(text, at, end);
    const f = fenceOf(text, body.at, end);
    if (fence) {
      if (f && f.char === fence.char && f.length >= fence.length && f.bare) fence = undefined;
      start = -1;
    } else if (f) {
      fence = f;
      start = -1;
    } else if (body.at >= end) start = -1;
    else {
      if (body.marker || start < 0) {
        start = at;
        startLine = line;
      }
      if (end - start > longest.chars) longest = { chars: end - start, line: startLine };
    }
    at = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return longest;
}
