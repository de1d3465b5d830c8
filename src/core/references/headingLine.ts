// An ATX heading line (`## GET /api/tasks ##`) read by hand, in one pass over
// the line. The regular expression it replaces, `(.*?)[ \t#]*$`, retried the
// trailing class at every length of the lazy text: a line such as
// `# # # # ... x` cost the square of its length (21 s for one 80 KB line).

export interface HeadingLine {
  level: number;
  /** Offset of the heading's text in the line. */
  textStart: number;
  /** The text without the closing `#`s and trailing blanks. */
  text: string;
}

/** The heading on `line` (without its line break; a trailing `\r` is ignored), or undefined. */
export function headingLine(line: string): HeadingLine | undefined {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  const marks = i;
  while (line.charCodeAt(i) === 35 && i - marks < 7) i++;
  const level = i - marks;
  if (level < 1 || level > 6) return undefined;
  const afterMarks = i;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  let end = line.length;
  if (line.charCodeAt(end - 1) === 13) end--;
  // At least one blank after the marks: `#x` and a bare `#` are not headings here.
  if (i === afterMarks) return undefined;
  let textEnd = end;
  while (textEnd > i) {
    const c = line.charCodeAt(textEnd - 1);
    if (c !== 32 && c !== 9 && c !== 35) break;
    textEnd--;
  }
  return { level, textStart: i, text: line.slice(i, textEnd) };
}
