// Finds `@specs/...` tokens in any text file, by the grammar in
// docs/references.md. Placeholders, emails, package names and import
// specifiers are not tokens; trailing punctuation is not part of one.
import type { SourcePosition, SourceRange } from '../model';
import { LineMap } from './positions';
import { ScannedToken } from './scannedToken';
import { METHOD_PATTERN } from '../routeGrammar';

/** Where a token sits in markdown: a fenced code block, inline code, or prose. */
export type CodeContext = 'fence' | 'inline' | undefined;

/** A route written after a token on the same line (`GET /api/tasks/{id}`). */
export interface TokenRoute {
  method: string;
  path: string;
  range: SourceRange;
}

export interface SpecToken {
  /** The whole token, `@specs/db/models.md#task`. */
  text: string;
  /** The path after `@specs/`, as written (`db/models.md`, `features/`, `api/*.md`). */
  path: string;
  /** The anchor after `#`, without it. */
  anchor?: string;
  range: SourceRange;
  /** The range of `path` alone, for edits that keep the anchor. */
  pathRange: SourceRange;
  anchorRange?: SourceRange;
  route?: TokenRoute;
  code: CodeContext;
}

const PREFIX = '@specs/';
/** Characters that may come right before a token. */
const ALLOWED_BEFORE = new Set([' ', '\t', '\n', '\r', '(', '[', '`', '"', "'", '<', '*']);
/** Path characters, plus the ones that only matter because they leave the root (`\`, `%`, `:`, `~`). */
const PATH_CHAR = /[A-Za-z0-9_\-./*\\%~]/;
const ANCHOR_CHAR = /[\p{L}\p{N}_\-.]/u;
const TRAILING = new Set(['.', ',', ';', ':', ')', ']', '!', '?']);
/** After a backslash, these make a string escape (`\"`, `\n`) that ends the token. */
const ESCAPES = new Set(['"', "'", 'n', 'r', 't', '\\', '`']);
// The blanks around the separator are one run or two runs split by it, so a long run of blanks is read once.
const ROUTE_AFTER = new RegExp(`[ \\t]*(?:[:,\\u2013\\u2014-][ \\t]*)?\`?(${METHOD_PATTERN})[ \\t]+(\\/[^\\s\`'"),;]*)`, 'y');
const IMPORT_BEFORE = /(?:\bfrom|\brequire\s*\(|\bimport\s*\(|\bimport|\bexport\s+\*\s+from)$/;
/** How far before a quote the import keywords are looked for: enough for `export * from`, and bounded per token. */
const IMPORT_WINDOW = 48;
const PACKAGE_MANAGER_WORD = /\b(?:npm|pnpm|yarn|npx|bun)\b/g;
const NO_TOKEN_FILES = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.lock)$/;
const MARKDOWN_FILE = /\.(md|mdx|markdown)$/i;

/**
 * Every token in `text`; `file` decides the file kind (markdown code context,
 * package manifests). A caller that already has the text's line map or fenced
 * blocks passes them, so they are not computed twice, and may pass a table of
 * strings already seen, so that equal paths and anchors are one string.
 */
export function scanTokens(text: string, file: string, map?: LineMap, fences?: Array<[number, number]>, strings?: Map<string, string>): SpecToken[] {
  if (NO_TOKEN_FILES.test(file)) return [];
  let at = text.indexOf(PREFIX);
  if (at === -1) return [];
  const lines = new LineCursor(text, map ?? new LineMap(text));
  const code = MARKDOWN_FILE.test(file) ? new CodeRanges(lines, fences ?? fencedBlocks(text)) : undefined;
  const tokens: SpecToken[] = [];
  for (; at !== -1; at = text.indexOf(PREFIX, at + 1)) {
    lines.moveTo(at);
    const token = readToken(text, at, lines, strings);
    if (!token) continue;
    if (code) token.code = code.contextAt(at);
    tokens.push(token);
  }
  return tokens;
}

/**
 * The line of the token being read. Tokens are found in increasing offsets
 * and never span lines, so the cursor only moves forward and every range of
 * a token is built from one line start (no search per position).
 */
class LineCursor {
  line = 0;
  start = 0;
  /** Where the first npm/pnpm/yarn/npx/bun word on the current line ends, or -1 (computed on demand). */
  private managerEnd: number | undefined;

  /** No package manager word anywhere in the text (the usual case): no line needs the search. */
  private readonly noManager: boolean;

  constructor(readonly text: string, readonly map: LineMap) {
    this.noManager = !text.includes('npm') && !text.includes('npx') && !text.includes('yarn') && !text.includes('bun');
  }

  moveTo(offset: number): void {
    const starts = this.map.lineStarts;
    let line = this.line;
    while (line + 1 < starts.length && (starts[line + 1] ?? 0) <= offset) line++;
    if (line !== this.line) {
      this.line = line;
      this.start = starts[line] ?? 0;
      this.managerEnd = undefined;
    }
  }

  position(offset: number): SourcePosition {
    return { line: this.line, character: offset - this.start, offset };
  }

  range(start: number, end: number): SourceRange {
    return { start: this.position(start), end: this.position(end) };
  }

  /**
   * Whether the line before `at` names a package manager. The character right
   * before a token is never a word character, so a word that ends by `at` in
   * the whole line ends by `at` in the text before it too: one search per line.
   */
  packageManagerBefore(at: number): boolean {
    if (this.noManager) return false;
    if (this.managerEnd === undefined) {
      const next = this.map.lineStarts[this.line + 1];
      PACKAGE_MANAGER_WORD.lastIndex = 0;
      const m = PACKAGE_MANAGER_WORD.exec(this.text.slice(this.start, next === undefined ? undefined : next - 1));
      this.managerEnd = m ? this.start + m.index + m[0].length : -1;
    }
    return this.managerEnd !== -1 && this.managerEnd <= at;
  }
}

/** Path characters by char code (ASCII only): see PATH_CHAR. */
const PATH_CODES = asciiTable(PATH_CHAR);
/** ASCII anchor characters; others are tested against ANCHOR_CHAR. */
const ANCHOR_CODES = asciiTable(ANCHOR_CHAR);

function asciiTable(re: RegExp): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
}

function isPathChar(code: number): boolean {
  return code < 128 && PATH_CODES[code] === 1;
}

function isAnchorChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 ? ANCHOR_CODES[code] === 1 : ANCHOR_CHAR.test(text.charAt(i));
}

/** The string of `table` equal to `s` (added when new), or `s` without a table. */
export function shared(s: string, table: Map<string, string> | undefined): string {
  if (!table) return s;
  const known = table.get(s);
  if (known !== undefined) return known;
  table.set(s, s);
  return s;
}

/**
 * Whether an import keyword ends right before `end` (blanks between allowed):
 * only a bounded window before the quote is searched, so a line holding
 * thousands of quoted tokens costs one window per token, not the line each time.
 */
function importBefore(text: string, lineStart: number, end: number): boolean {
  let j = end;
  // The blanks skipped here lie between this token and the one before: each is skipped for one token only.
  while (j > lineStart && /\s/.test(text.charAt(j - 1))) j--;
  return IMPORT_BEFORE.test(text.slice(Math.max(lineStart, j - IMPORT_WINDOW), j));
}

function readToken(text: string, at: number, lines: LineCursor, strings: Map<string, string> | undefined): ScannedToken | undefined {
  const before = at === 0 ? '\n' : text.charAt(at - 1);
  if (!ALLOWED_BEFORE.has(before)) return undefined;
  if ((before === '"' || before === "'" || before === '`') && importBefore(text, lines.start, at - 1)) return undefined;
  if (lines.packageManagerBefore(at)) return undefined;

  const pathStart = at + PREFIX.length;
  let end = pathStart;
  while (end < text.length && isPathChar(text.charCodeAt(end))) {
    if (text.charAt(end) === '\\' && ESCAPES.has(text.charAt(end + 1))) break;
    end++;
  }
  const next = text.charAt(end);
  // Placeholders: `[feature]`, `\[name\]`, `{area}`, `<N>`, and `x@1.2.3` package versions.
  if (next === '[' || next === '{' || next === '<' || next === '@') return undefined;
  if (next === '\\' && text.charAt(end + 1) === '[') return undefined;
  let pathEnd = end;
  let anchorStart: number | undefined;
  let anchorEnd: number | undefined;
  if (next === '#') {
    anchorStart = end + 1;
    anchorEnd = anchorStart;
    while (anchorEnd < text.length && isAnchorChar(text, anchorEnd)) anchorEnd++;
    while (anchorEnd > anchorStart && TRAILING.has(text.charAt(anchorEnd - 1))) anchorEnd--;
    if (anchorEnd === anchorStart) anchorStart = anchorEnd = undefined;
  } else {
    while (pathEnd > pathStart && (TRAILING.has(text.charAt(pathEnd - 1)) || (text.charAt(pathEnd - 1) === '\\' && pathEnd === end))) pathEnd--;
    // `*@specs/x*` is emphasis, not a glob.
    if (before === '*') {
      let stars = 0;
      while (text.charAt(at - 1 - stars) === '*') stars++;
      while (stars-- > 0 && text.charAt(pathEnd - 1) === '*') pathEnd--;
    }
  }
  const written = text.slice(pathStart, pathEnd);
  if (written === '') return undefined;
  // One string per distinct path (and anchor, and heading slug): lookups and comparisons by it compare references, not characters.
  const path = shared(written, strings);
  const tokenEnd = anchorEnd ?? pathEnd;
  const token = new ScannedToken(path, lines.line, lines.start, at);
  if (anchorStart !== undefined && anchorEnd !== undefined) token.anchor = shared(text.slice(anchorStart, anchorEnd), strings);
  // Sticky at the token's end: the expression cannot cross a line break, so this reads the rest of the line only.
  ROUTE_AFTER.lastIndex = tokenEnd;
  const route = ROUTE_AFTER.exec(text);
  if (route?.[1] && route[2]) {
    let routePath = route[2];
    while (routePath.length > 1 && TRAILING.has(routePath.charAt(routePath.length - 1))) routePath = routePath.slice(0, -1);
    const methodAt = route[0].lastIndexOf(route[1], route[0].length - route[2].length);
    const routeStart = tokenEnd + methodAt;
    token.route = { method: route[1], path: routePath, range: lines.range(routeStart, tokenEnd + route[0].length - route[2].length + routePath.length) };
  }
  return token;
}

/** Offset intervals [start, end) of fenced code blocks (``` or ~~~). */
export function fencedBlocks(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  // A fence needs three backticks or tildes in a row: most files have none.
  if (!text.includes('```') && !text.includes('~~~')) return blocks;
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let open: { marker: string; start: number } | undefined;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const marker = m[1] ?? '';
    if (!open) {
      if (marker.startsWith('`') && m[0].slice(m[0].indexOf(marker) + marker.length).includes('`')) continue;
      open = { marker, start: m.index };
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && m[0].trim() === marker) {
      blocks.push([open.start, m.index + m[0].length]);
      open = undefined;
    }
  }
  if (open) blocks.push([open.start, text.length]);
  return blocks;
}

/**
 * Where code is in one markdown file: its fenced blocks, found once, and the
 * inline code spans of a line, found the first time a token sits on it.
 * Tokens come in increasing offsets, so the fence cursor only moves forward.
 */
class CodeRanges {
  private fence = 0;
  private spansLine = -1;
  private spans: Array<[number, number]> = [];
  /** The first span of the line that does not close before the last token: tokens come in order, so each span is passed once. */
  private span = 0;
  /** Offset of the next backtick at or after the last line looked at (-1: none left); -2 before the first search. */
  private tick = -2;

  constructor(private readonly lines: LineCursor, private readonly fences: Array<[number, number]>) {}

  /** The code context of the token at `at`, on the cursor's current line. */
  contextAt(at: number): CodeContext {
    // Blocks are disjoint and in order: skip those that end before `at`.
    while (this.fence < this.fences.length && (this.fences[this.fence]?.[1] ?? 0) <= at) this.fence++;
    const block = this.fences[this.fence];
    if (block && at >= block[0]) return 'fence';
    if (this.spansLine !== this.lines.line) {
      this.spansLine = this.lines.line;
      // Only a line with a backtick can hold inline code.
      const next = this.lines.map.lineStarts[this.lines.line + 1] ?? this.lines.text.length;
      // The next backtick from here on is searched again only once the lines pass it: one walk over the text.
      if (this.tick !== -1 && this.tick < this.lines.start) this.tick = this.lines.text.indexOf('`', this.lines.start);
      this.spans = this.tick === -1 || this.tick >= next ? [] : inlineSpans(this.lines.map.lineText(this.lines.line));
      this.span = 0;
    }
    const column = at - this.lines.start;
    while (this.span < this.spans.length && (this.spans[this.span]?.[1] ?? 0) <= column) this.span++;
    const s = this.spans[this.span];
    return s !== undefined && column > s[0] ? 'inline' : undefined;
  }
}

/** Inline code on one line: pairs of backtick runs of the same length, as columns of the opening and closing run. */
function inlineSpans(lineText: string): Array<[number, number]> {
  if (!lineText.includes('`')) return [];
  const spans: Array<[number, number]> = [];
  // Backtick runs as start and length, read in one pass without a match object per run.
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = lineText.indexOf('`'); i !== -1; i = lineText.indexOf('`', i)) {
    let j = i;
    while (lineText.charCodeAt(j) === 96) j++;
    starts.push(i);
    lengths.push(j - i);
    i = j;
  }
  // For each run, the next run of the same length, found from the end in one pass (no search per opening run).
  const nextSame = new Int32Array(starts.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let i = starts.length - 1; i >= 0; i--) {
    const length = lengths[i] ?? 0;
    nextSame[i] = lastOfLength.get(length) ?? -1;
    lastOfLength.set(length, i);
  }
  for (let i = 0; i < starts.length; i++) {
    const j = nextSame[i] ?? -1;
    if (j < 0) continue;
    spans.push([starts[i] ?? 0, starts[j] ?? 0]);
    i = j;
  }
  return spans;
}
