// Editor features as plain data: hover, definition, document links,
// completion, references and renames. The VS Code layer only converts them.
import type { SourceRange } from '../model';
import type { TextEdit } from '../diagnostics';
import type { ReferenceIndex } from './referenceIndex';
import { underRoot } from './referenceIndex';
import { resolveToken, type Resolution } from './resolver';
import type { SpecToken } from './scanner';
import { LineMap } from './positions';
import { githubSlug, Slugger } from './slug';

/** A place in a file, for definitions and references. */
export interface Location {
  file: string;
  range: SourceRange;
}

const ZERO: SourceRange = { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } };
const HOVER_LINES = 20;

/** The token under a position of a scanned file. */
export function tokenAt(index: ReferenceIndex, file: string, line: number, character: number): SpecToken | undefined {
  return index.tokensOf(file).find((t) => within(t.range, line, character));
}

function within(range: SourceRange, line: number, character: number): boolean {
  const afterStart = line > range.start.line || (line === range.start.line && character >= range.start.character);
  const beforeEnd = line < range.end.line || (line === range.end.line && character <= range.end.character);
  return afterStart && beforeEnd;
}

/** Where a token points: the heading line, or the top of the file. */
export function definition(index: ReferenceIndex, file: string, line: number, character: number): Location | undefined {
  const token = tokenAt(index, file, line, character);
  if (!token) return undefined;
  return targetLocation(index, resolveToken(index, token));
}

function targetLocation(index: ReferenceIndex, r: Resolution): Location | undefined {
  if (r.kind === 'file') return { file: underRoot(index.specsRoot, r.file), range: r.heading?.range ?? ZERO };
  return undefined;
}

/** Markdown that previews a token's target: the heading's section, or the file's beginning, trimmed. */
export function hover(index: ReferenceIndex, file: string, line: number, character: number): { markdown: string; range: SourceRange } | undefined {
  const token = tokenAt(index, file, line, character);
  if (!token) return undefined;
  const r = resolveToken(index, token);
  let markdown: string;
  if (r.kind === 'file') {
    const info = index.spec(r.file);
    const text = info ? (r.heading ? info.text.slice(r.heading.range.start.offset, r.heading.sectionEnd) : info.text) : '';
    markdown = `**@specs/${r.file}${r.heading ? `#${r.heading.slug}` : ''}**\n\n${trim(text)}`;
  } else if (r.kind === 'folder') {
    const { folders, files } = index.children(r.folder);
    markdown = `**@specs/${r.folder}/**\n\n${[...folders.map((f) => `- ${f}/`), ...files.map((f) => `- ${f}`)].slice(0, HOVER_LINES).join('\n')}`;
  } else if (r.kind === 'glob') {
    markdown = `**@specs/${token.path}** matches ${r.matches.length}:\n\n${r.matches.slice(0, HOVER_LINES).map((m) => `- ${m}`).join('\n')}`;
  } else {
    markdown = `**${r.code}**: ${r.message}`;
  }
  return { markdown, range: token.range };
}

function trim(text: string): string {
  const lines = text.replace(/\r/g, '').split('\n');
  while (lines.length && lines[lines.length - 1]?.trim() === '') lines.pop();
  return lines.length > HOVER_LINES ? `${lines.slice(0, HOVER_LINES).join('\n')}\n\n…` : lines.join('\n');
}

/** A link per resolved token, to the file (and heading line). */
export function documentLinks(index: ReferenceIndex, file: string): Array<{ range: SourceRange; target: Location }> {
  const links: Array<{ range: SourceRange; target: Location }> = [];
  for (const token of index.tokensOf(file)) {
    const target = targetLocation(index, resolveToken(index, token));
    if (target) links.push({ range: token.range, target });
  }
  return links;
}

export interface CompletionEntry {
  label: string;
  kind: 'folder' | 'file' | 'heading';
  insertText: string;
  /** What the entry replaces: from after the last `/` or `#` to the cursor. */
  range: SourceRange;
  detail?: string;
}

/** Completion after `@specs/`: folders, then files, then headings after `#`. `linePrefix` is the line up to the cursor. */
export function complete(index: ReferenceIndex, linePrefix: string, line: number): CompletionEntry[] {
  const m = /(?:^|[\s(["'`<*])@specs\/([A-Za-z0-9_\-./]*)(?:#([^\s#]*))?$/.exec(linePrefix);
  if (!m) return [];
  const path = m[1] ?? '';
  const at = (len: number): SourceRange => ({ start: { line, character: linePrefix.length - len, offset: -1 }, end: { line, character: linePrefix.length, offset: -1 } });
  if (m[2] !== undefined) {
    const r = resolveToken(index, { text: '', path, range: ZERO, pathRange: ZERO, code: undefined });
    if (r.kind !== 'file') return [];
    const info = index.spec(r.file);
    return (info?.headings ?? []).map((h) => ({ label: h.slug, kind: 'heading' as const, insertText: h.slug, range: at(m[2]?.length ?? 0), detail: h.text }));
  }
  const slash = path.lastIndexOf('/');
  const dir = slash === -1 ? '' : path.slice(0, slash);
  const typed = path.slice(slash + 1);
  if (dir !== '' && !index.hasFolder(dir)) return [];
  const { folders, files } = index.children(dir);
  return [
    ...folders.map((f) => ({ label: `${f}/`, kind: 'folder' as const, insertText: `${f}/`, range: at(typed.length) })),
    ...files.map((f) => ({ label: f, kind: 'file' as const, insertText: f, range: at(typed.length) })),
  ];
}

/** Every token pointing at a spec file (root-relative) or, with `slug`, at one of its headings. */
export function referencesTo(index: ReferenceIndex, specFile: string, slug?: string): Location[] {
  const out: Location[] = [];
  for (const file of index.filesWithTokens()) {
    for (const token of index.tokensOf(file)) {
      const r = resolveToken(index, token);
      if (r.kind !== 'file' || r.file !== specFile) continue;
      if (slug !== undefined && r.heading?.slug !== slug) continue;
      out.push({ file, range: token.range });
    }
  }
  return out;
}

/** The spec file and heading slug at a position: a token's target, or the heading line itself in a spec. */
export function targetAt(index: ReferenceIndex, file: string, line: number, character: number): { specFile: string; slug?: string } | undefined {
  const token = tokenAt(index, file, line, character);
  if (token) {
    const r = resolveToken(index, token);
    if (r.kind === 'file') return r.heading ? { specFile: r.file, slug: r.heading.slug } : { specFile: r.file };
    return undefined;
  }
  const rel = index.relative(file);
  const info = rel === undefined ? undefined : index.spec(rel);
  if (rel === undefined || !info) return undefined;
  const heading = info.headings.find((h) => h.range.start.line === line);
  return heading ? { specFile: rel, slug: heading.slug } : { specFile: rel };
}

/**
 * Renames a heading: the heading's text, and every token's anchor that points
 * at it (to the new slug). Undefined when there is no heading there.
 */
export function renameHeading(index: ReferenceIndex, specFile: string, slug: string, newText: string): TextEdit[] | undefined {
  const info = index.spec(specFile);
  const heading = info?.headings.find((h) => h.slug === slug);
  if (!info || !heading) return undefined;
  // The new slug as GitHub would number it among the other headings.
  const slugger = new Slugger();
  let newSlug = githubSlug(newText);
  for (const h of info.headings) {
    const s = slugger.slug(h === heading ? newText : h.text);
    if (h === heading) newSlug = s;
  }
  const edits: TextEdit[] = [{ file: underRoot(index.specsRoot, specFile), range: heading.textRange, newText }];
  for (const file of index.filesWithTokens()) {
    for (const token of index.tokensOf(file)) {
      if (!token.anchorRange) continue;
      const r = resolveToken(index, token);
      if (r.kind === 'file' && r.file === specFile && r.heading === heading) edits.push({ file, range: token.anchorRange, newText: newSlug });
    }
  }
  return edits;
}

/**
 * The token edits for a file or folder moved from `oldPath` to `newPath`
 * (workspace paths); a token that left out `.md` keeps leaving it out.
 */
export function renameFileEdits(index: ReferenceIndex, oldPath: string, newPath: string): TextEdit[] {
  const oldRel = index.relative(oldPath);
  const newRel = index.relative(newPath);
  if (oldRel === undefined || newRel === undefined) return [];
  const edits: TextEdit[] = [];
  for (const file of index.filesWithTokens()) {
    for (const token of index.tokensOf(file)) {
      const written = token.path.replace(/\/+$/, '');
      const trailing = token.path.endsWith('/') ? '/' : '';
      let replaced: string | undefined;
      if (written === oldRel) replaced = newRel;
      else if (`${written}.md` === oldRel && newRel.endsWith('.md')) replaced = newRel.slice(0, -3);
      else if (written.startsWith(`${oldRel}/`)) replaced = newRel + written.slice(oldRel.length);
      if (replaced !== undefined) edits.push({ file, range: token.pathRange, newText: replaced + trailing });
    }
  }
  return edits;
}

/** Position helper for callers holding only a text: the line/character of an offset. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const p = new LineMap(text).position(offset);
  return { line: p.line, character: p.character };
}
