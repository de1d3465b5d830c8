// Finds `@specs/...` tokens in any text file, by the grammar in
// docs/references.md. Placeholders, emails, package names and import
// specifiers are not tokens; trailing punctuation is not part of one.
import type { SourceRange } from '../model/source';
import { LineMap } from './positions';

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
const ROUTE_AFTER = /^[ \t]*[:,\u2013\u2014-]?[ \t]*`?(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+(\/[^\s`'"),;]*)/;
const IMPORT_BEFORE = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+|\bexport\s+\*\s+from\s*)$/;
const PACKAGE_MANAGER = /\b(?:npm|pnpm|yarn|npx|bun)\b[^\n]*$/;
const NO_TOKEN_FILES = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.lock)$/;
const MARKDOWN_FILE = /\.(md|mdx|markdown)$/i;

/** Every token in `text`; `file` decides the file kind (markdown code context, package manifests). */
export function scanTokens(text: string, file: string): SpecToken[] {
  if (NO_TOKEN_FILES.test(file)) return [];
  let at = text.indexOf(PREFIX);
  if (at === -1) return [];
  const lines = new LineMap(text);
  const fences = MARKDOWN_FILE.test(file) ? fencedBlocks(text) : undefined;
  const tokens: SpecToken[] = [];
  for (; at !== -1; at = text.indexOf(PREFIX, at + 1)) {
    const token = readToken(text, at, lines);
    if (!token) continue;
    if (fences) token.code = codeContext(text, at, lines, fences);
    tokens.push(token);
  }
  return tokens;
}

function readToken(text: string, at: number, lines: LineMap): SpecToken | undefined {
  const before = at === 0 ? '\n' : text.charAt(at - 1);
  if (!ALLOWED_BEFORE.has(before)) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const linePrefix = text.slice(lineStart, at);
  if ((before === '"' || before === "'" || before === '`') && IMPORT_BEFORE.test(linePrefix.slice(0, -1))) return undefined;
  if (PACKAGE_MANAGER.test(linePrefix)) return undefined;

  const pathStart = at + PREFIX.length;
  let end = pathStart;
  while (end < text.length && PATH_CHAR.test(text.charAt(end))) {
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
    while (anchorEnd < text.length && ANCHOR_CHAR.test(text.charAt(anchorEnd))) anchorEnd++;
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
  const path = text.slice(pathStart, pathEnd);
  if (path === '') return undefined;
  const tokenEnd = anchorEnd ?? pathEnd;
  const token: SpecToken = {
    text: text.slice(at, tokenEnd),
    path,
    range: lines.range(at, tokenEnd),
    pathRange: lines.range(pathStart, pathEnd),
    code: undefined,
  };
  if (anchorStart !== undefined && anchorEnd !== undefined) {
    token.anchor = text.slice(anchorStart, anchorEnd);
    token.anchorRange = lines.range(anchorStart, anchorEnd);
  }
  const lineEnd = text.indexOf('\n', tokenEnd);
  const rest = text.slice(tokenEnd, lineEnd === -1 ? undefined : lineEnd);
  const route = ROUTE_AFTER.exec(rest);
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

function codeContext(text: string, at: number, lines: LineMap, fences: Array<[number, number]>): CodeContext {
  for (const [start, end] of fences) if (at >= start && at < end) return 'fence';
  const line = lines.position(at).line;
  const lineStart = lines.lineStarts[line] ?? 0;
  const lineText = lines.lineText(line);
  const column = at - lineStart;
  // Inline code: between two backtick runs of the same length on the line.
  const runs = [...lineText.matchAll(/`+/g)];
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    if (!open || open.index === undefined) continue;
    for (let j = i + 1; j < runs.length; j++) {
      const close = runs[j];
      if (close?.index === undefined || close[0].length !== open[0].length) continue;
      if (column > open.index && column < close.index) return 'inline';
      i = j;
      break;
    }
  }
  void text;
  return undefined;
}
