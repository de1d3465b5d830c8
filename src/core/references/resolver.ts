// Resolves a token against the index, confined to the specs root. Nothing
// here reads a file: a path that would leave the root is refused by its
// shape (`..`, absolute, `\`, `%2F`) or by the index's record of links.
import { compileGlob, type Glob } from '../paths';
import type { ReferenceIndex } from './referenceIndex';
import type { SpecFileInfo, SpecHeading } from './specFile';
import { findHeading, routeKey } from './specFile';
import type { SpecToken } from './scanner';

export type ReferenceCode =
  | 'ref.no-such-file'
  | 'ref.no-such-folder'
  | 'ref.no-such-heading'
  | 'ref.glob-no-match'
  | 'ref.outside-root'
  | 'ref.case-mismatch'
  | 'ref.no-such-route';

export type Resolution =
  | { kind: 'file'; file: string; heading?: SpecHeading }
  | { kind: 'folder'; folder: string }
  | { kind: 'glob'; matches: string[] }
  | { kind: 'broken'; code: ReferenceCode; message: string; /** Root-relative paths the token could have meant. */ suggestions: string[] };

/** Whether a token's path is a glob (`*`). */
export function isGlob(path: string): boolean {
  return path.includes('*');
}

/** Why a path would leave the specs root, or undefined when it stays inside. */
export function leavesRoot(path: string): string | undefined {
  if (path.startsWith('/')) return 'it is an absolute path';
  if (path.includes('\\')) return 'it contains a backslash';
  if (/%(2f|5c|2e)/i.test(path)) return 'it contains an encoded separator';
  if (path.includes('%')) return 'it contains an encoded character';
  if (path.startsWith('~')) return 'it starts with ~';
  if (path.split('/').includes('..')) return 'it contains ..';
  return undefined;
}

/** A written path without leading `./`, trailing `/` and inner `/./`, as it is looked up. */
export function normalizeWritten(written: string): string {
  if (!written.startsWith('./') && !written.endsWith('/') && !written.includes('/./')) return written;
  return written.replace(/^(\.\/)+/, '').replace(/\/+$/, '').replace(/\/\.\//g, '/');
}

/** Compiles a glob (`*` within a segment, `**` across segments) with the linear matcher of core/paths. */
export function globRegExp(glob: string): Glob {
  return compileGlob(glob);
}

/** With no close match, the file's first headings say what can be written after `#`. */
function headingList(info: SpecFileInfo | undefined): string {
  const slugs = info?.headings.map((h) => `#${h.slug}`) ?? [];
  if (slugs.length === 0) return ' The file has no headings.';
  return ` Its headings: ${slugs.slice(0, 5).join(', ')}${slugs.length > 5 ? `, and ${slugs.length - 5} more` : ''}.`;
}

/** Resolves one token: a file (and heading), a folder, glob matches, or why it is broken. */
export function resolveToken(index: ReferenceIndex, token: SpecToken): Resolution {
  const target = resolvePath(index, token.path);
  if (target.kind === 'broken') return target;
  if (token.anchor !== undefined) {
    if (target.kind !== 'file') {
      return broken('ref.no-such-heading', `"#${token.anchor}": @specs/${token.path} is not a markdown file, so it has no headings.`, []);
    }
    const info = index.spec(target.file);
    const heading = info ? findHeading(info, token.anchor) : undefined;
    if (!heading) {
      const suggestions = info ? closest(token.anchor.toLowerCase(), info.headings.map((h) => h.slug)) : [];
      return broken('ref.no-such-heading', `No heading "#${token.anchor}" in @specs/${target.file}.${suggestions[0] ? ` Did you mean #${suggestions[0]}?` : headingList(info)}`, suggestions);
    }
    if (token.route && !declaresRoute(index, [target.file], token.route.method, token.route.path)) {
      return broken('ref.no-such-route', `@specs/${target.file} does not declare ${token.route.method} ${token.route.path}.`, []);
    }
    return { kind: 'file', file: target.file, heading };
  }
  if (token.route) {
    const files = target.kind === 'file' ? [target.file] : target.kind === 'glob' ? target.matches : [...index.allFiles()].filter((f) => f.startsWith(`${target.folder}/`));
    if (!declaresRoute(index, files, token.route.method, token.route.path)) {
      return broken('ref.no-such-route', `@specs/${token.path} does not declare ${token.route.method} ${token.route.path}.`, []);
    }
  }
  return target;
}

function declaresRoute(index: ReferenceIndex, files: string[], method: string, path: string): boolean {
  const key = routeKey(method, path);
  return files.some((f) => index.spec(f)?.routes.some((r) => r.key === key) ?? false);
}

/**
 * Resolves the path part alone. A path's resolution depends only on which
 * files and folders exist, so it is kept per written path until the index's
 * files or folders change (the index clears it); the same object is handed
 * out again, so callers must not change it.
 */
export function resolvePath(index: ReferenceIndex, written: string): Resolution {
  const known = index.resolvedPaths.get(written);
  if (known) return known;
  const resolution = resolvePathUncached(index, written);
  index.resolvedPaths.set(written, resolution);
  return resolution;
}

function resolvePathUncached(index: ReferenceIndex, written: string): Resolution {
  const why = leavesRoot(written);
  if (why) return broken('ref.outside-root', `@specs/${written} would leave the specs root (${why}); references resolve only inside it.`, []);
  const folderOnly = written.endsWith('/');
  const path = normalizeWritten(written);
  // A link leaving the root is outside whether the token names it with or without `.md`.
  if (index.isOutside(path) || (!path.endsWith('.md') && !isGlob(path) && index.isOutside(`${path}.md`))) return broken('ref.outside-root', `@specs/${written} is a link that points outside the specs root; it is not followed.`, []);
  if (isGlob(path)) {
    const re = globRegExp(path);
    const matches = globCandidates(index, path).filter((p) => p !== '' && re.test(p)).sort();
    if (matches.length) return { kind: 'glob', matches };
    return broken('ref.glob-no-match', `@specs/${written} matches nothing under the specs root.`, []);
  }
  if (folderOnly) {
    if (index.hasFolder(path)) return { kind: 'folder', folder: path };
    const cased = index.folderByCase(path);
    if (cased !== undefined) return broken('ref.case-mismatch', `@specs/${written} differs only in case from the folder @specs/${cased}/.`, [`${cased}/`]);
    return broken('ref.no-such-folder', `No folder @specs/${written} under the specs root.${hint(suggestFolders(index, path))}`, suggestFolders(index, path).map((f) => `${f}/`));
  }
  // The index's own spelling of the path: looking the file up again by it compares references.
  if (index.hasFile(path)) return { kind: 'file', file: index.fileByCase(path) ?? path };
  if (!path.endsWith('.md') && index.hasFile(`${path}.md`)) return { kind: 'file', file: index.fileByCase(`${path}.md`) ?? `${path}.md` };
  if (index.hasFolder(path)) return { kind: 'folder', folder: path };
  const cased = index.fileByCase(path) ?? index.fileByCase(`${path}.md`) ?? index.folderByCase(path);
  if (cased !== undefined) return broken('ref.case-mismatch', `@specs/${written} differs only in case from @specs/${cased}.`, [cased]);
  const suggestions = suggestFiles(index, path);
  return broken('ref.no-such-file', `No file @specs/${written} under the specs root.${hint(suggestions)}`, suggestions);
}

/**
 * The files and folders a glob can match: the segments before the first one
 * with `*` name a folder literally, so only that folder's children (one
 * segment left, no `**`) or its descendants (otherwise) are candidates,
 * not every path under the root.
 */
function globCandidates(index: ReferenceIndex, glob: string): string[] {
  const segments = glob.split('/');
  const first = segments.findIndex((s) => s.includes('*'));
  const folder = segments.slice(0, first).join('/');
  if (!index.hasFolder(folder)) return [];
  const out: string[] = [];
  const deep = first < segments.length - 1 || glob.includes('**');
  const collect = (dir: string): void => {
    for (const f of index.filesIn(dir)) out.push(f);
    for (const d of index.foldersIn(dir)) {
      out.push(d);
      if (deep) collect(d);
    }
  };
  collect(folder);
  return out;
}

function hint(suggestions: string[]): string {
  return suggestions[0] ? ` Did you mean @specs/${suggestions[0]}?` : '';
}

function broken(code: ReferenceCode, message: string, suggestions: string[]): Resolution {
  return { kind: 'broken', code, message, suggestions };
}

/** Existing files a missing path most likely meant: `.md` added, a feature folder's spec.md, then similar names. */
function suggestFiles(index: ReferenceIndex, path: string): string[] {
  const out: string[] = [];
  const stem = path.replace(/\.md$/, '');
  if (index.hasFile(`${stem}/spec.md`)) out.push(`${stem}/spec.md`);
  if (index.hasFile(`${stem}/README.md`)) out.push(`${stem}/README.md`);
  const slash = path.lastIndexOf('/');
  const dir = slash === -1 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1).replace(/\.md$/, '').toLowerCase();
  const sameFolder = [...index.filesIn(dir)];
  const sameName = index.filesNamed(name).sort();
  for (const s of [...sameName, ...closest(name, sameFolder, (f) => f.slice(f.lastIndexOf('/') + 1).replace(/\.md$/, '').toLowerCase())]) {
    if (!out.includes(s)) out.push(s);
  }
  return out.slice(0, 3);
}

function suggestFolders(index: ReferenceIndex, path: string): string[] {
  const slash = path.lastIndexOf('/');
  const dir = slash === -1 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1).toLowerCase();
  const siblings = index.children(dir).folders.map((f) => (dir ? `${dir}/${f}` : f));
  return closest(name, siblings, (f) => f.slice(f.lastIndexOf('/') + 1).toLowerCase()).slice(0, 3);
}

/** Candidates within an edit distance of about a third of the name, closest first. */
export function closest(name: string, candidates: string[], key: (c: string) => string = (c) => c): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const near: Array<{ c: string; d: number }> = [];
  for (const c of candidates) {
    const k = key(c);
    const contains = k.includes(name) || (name.length > 3 && name.includes(k));
    // The length difference bounds the distance: most candidates are dropped without computing it.
    if (!contains && Math.abs(k.length - name.length) > limit) continue;
    // Past the limit the exact distance only matters for names that contain each other.
    const d = editDistance(name, k, contains ? Infinity : limit);
    if (d <= limit || contains) near.push({ c, d });
  }
  return near
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .map((x) => x.c);
}

/** Levenshtein distance, on two reused rows; past `bound` it stops early and returns a number above `bound`. */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (a === b) return 0;
  if (b.length + 1 > prevRow.length) {
    prevRow = new Uint16Array(b.length + 1);
    row = new Uint16Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) prevRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = (prevRow[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const cell = Math.min((prevRow[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, sub);
      row[j] = cell;
      if (cell < least) least = cell;
    }
    [prevRow, row] = [row, prevRow];
    // Every path to the last cell passes through this row, so the distance is at least its least cell.
    if (least > bound) return least;
  }
  return prevRow[b.length] ?? 0;
}

let prevRow = new Uint16Array(64);
let row = new Uint16Array(64);
