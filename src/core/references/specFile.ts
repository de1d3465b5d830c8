// What one spec file declares: its headings (with GitHub slugs and sections)
// and its routes (`GET /api/tasks/{id}` as a heading or a line).
import type { SourceRange } from '../model';
import { LineMap } from './positions';
import { headingPlainText, Slugger } from './slug';
import { fencedBlocks, shared } from './scanner';
import { headingLine } from './headingLine';
import { isExampleRequest, METHOD_PATTERN, routeKey } from '../routeGrammar';

export interface SpecHeading {
  level: number;
  /** The visible text (`GET /api/tasks`). */
  text: string;
  slug: string;
  /** The heading line. */
  range: SourceRange;
  /** The range of the text after the `#` marks, for renames. */
  textRange: SourceRange;
  /** From the heading line to the next heading of the same or a higher level. */
  sectionEnd: number;
}

export interface SpecRoute {
  method: string;
  path: string;
  /** `path` with every `{param}` written `{}`, for comparison. */
  key: string;
  range: SourceRange;
}

export interface SpecFileInfo {
  text: string;
  headings: SpecHeading[];
  routes: SpecRoute[];
}

const ANY_ROUTE = new RegExp(`(?:${METHOD_PATTERN})[ \\t]+\\/`);
const ROUTE_LINE = new RegExp(`^[ \\t]*(?:#{1,6}[ \\t]+|[-*+][ \\t]+|\\|[ \\t]*)?(?:\\*\\*)?\`?(${METHOD_PATTERN})[ \\t]+(\\/[^\\s\`|*]*)`, 'gm');

export { routeKey };

/**
 * A heading as parsed: offsets on its line, with its ranges made when read
 * (a workspace has tens of thousands of headings, and few ranges are read).
 */
class ParsedHeading implements SpecHeading {
  constructor(
    readonly level: number,
    readonly text: string,
    readonly slug: string,
    private readonly line: number,
    private readonly lineStart: number,
    private readonly start: number,
    private readonly end: number,
    private readonly textStart: number,
    private readonly textEnd: number,
    public sectionEnd: number,
  ) {}

  get range(): SourceRange {
    return this.between(this.start, this.end);
  }

  get textRange(): SourceRange {
    return this.between(this.textStart, this.textEnd);
  }

  private between(start: number, end: number): SourceRange {
    return { start: { line: this.line, character: start - this.lineStart, offset: start }, end: { line: this.line, character: end - this.lineStart, offset: end } };
  }

  /** The heading as plain data, with the fields of SpecHeading in their order. */
  toJSON(): SpecHeading {
    return { level: this.level, text: this.text, slug: this.slug, range: this.range, textRange: this.textRange, sectionEnd: this.sectionEnd };
  }
}

/**
 * Whether an offset is inside a fenced block, for offsets asked in increasing
 * order: the blocks are disjoint and sorted, so a cursor walks them once
 * (each heading against every fence was the square of a long file).
 */
function fenceCursor(fences: Array<[number, number]>): (offset: number) => boolean {
  let i = 0;
  return (offset) => {
    while (i < fences.length && (fences[i]?.[1] ?? 0) <= offset) i++;
    const f = fences[i];
    return f !== undefined && offset >= f[0];
  };
}

/** Reads the headings and routes of one markdown spec file. */
export function parseSpecFile(text: string, lines = new LineMap(text), fences = fencedBlocks(text), strings?: Map<string, string>): SpecFileInfo {
  const inFence = fenceCursor(fences);
  const slugger = new Slugger();
  const headings: SpecHeading[] = [];
  // One pass over the lines; only a line starting with up to three spaces and `#` can be a heading.
  const starts = lines.lineStarts;
  for (let line = 0; line < starts.length; line++) {
    const start = starts[line] ?? 0;
    let first = start;
    while (first < start + 3 && text.charCodeAt(first) === 32) first++;
    if (text.charCodeAt(first) !== 35) continue;
    const lineText = lines.lineText(line);
    const h = headingLine(lineText);
    if (!h || inFence(start)) continue;
    const textStart = start + h.textStart;
    const slug = slugger.slug(h.text);
    // Slugs are shared across files to save memory; a repeat's `-N` slug is unique to its file, and sharing it would
    // only grow the table (thousands of equal headings made the index's time grow faster than the file).
    headings.push(new ParsedHeading(h.level, headingPlainText(h.text), slugger.lastRepeated ? slug : shared(slug, strings), line, start, start, start + lineText.length, textStart, textStart + h.text.length, text.length));
  }
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (!h) continue;
    for (let j = i + 1; j < headings.length; j++) {
      const next = headings[j];
      if (next && next.level <= h.level) {
        h.sectionEnd = next.range.start.offset;
        break;
      }
    }
  }
  const routes: SpecRoute[] = [];
  const inRouteFence = fenceCursor(fences);
  // Every route line holds a method and a path: files without one skip the line-by-line search.
  if (!ANY_ROUTE.test(text)) return { text, headings, routes };
  for (let m = ROUTE_LINE.exec(text); m; m = ROUTE_LINE.exec(text)) {
    if (!m[1] || !m[2] || inRouteFence(m.index) || isExampleRequest(m[2])) continue;
    routes.push({ method: m[1], path: m[2], key: routeKey(m[1], m[2]), range: lines.range(m.index, m.index + m[0].length) });
  }
  return { text, headings, routes };
}

/** The heading an anchor names: by slug, or by its text compared case-insensitively. */
export function findHeading(info: SpecFileInfo, anchor: string): SpecHeading | undefined {
  for (const h of info.headings) if (h.slug === anchor) return h;
  const lower = anchor.toLowerCase();
  return info.headings.find((h) => h.slug === lower || h.text.toLowerCase() === lower);
}

/**
 * Whether two versions of a file declare the same to other files' tokens:
 * the same heading slugs and texts (what anchors resolve against and what
 * suggestions offer) and the same route keys. Positions do not matter there.
 */
export function sameDeclarations(a: SpecFileInfo | undefined, b: SpecFileInfo | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.headings.length !== b.headings.length || a.routes.length !== b.routes.length) return false;
  for (let i = 0; i < a.headings.length; i++) {
    const x = a.headings[i];
    const y = b.headings[i];
    if (x?.slug !== y?.slug || x?.text !== y?.text) return false;
  }
  for (let i = 0; i < a.routes.length; i++) if (a.routes[i]?.key !== b.routes[i]?.key) return false;
  return true;
}
