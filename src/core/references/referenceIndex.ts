// The workspace index: the files and folders under the specs root, what each
// spec file declares, and the tokens of every scanned file. It is updated one
// file at a time (update/remove), never rebuilt.
import { parseSpecFile, sameDeclarations, type SpecFileInfo } from './specFile';
import { DeclarationReaders } from './dependents';
import { fencedBlocks, scanTokens, type SpecToken } from './scanner';
import { LineMap } from './positions';
import type { Resolution } from './resolver';
import { normalizeSpecsRoot, underSpecsRoot } from '../settings';
import { exampleBlocks } from './examples';

/** Joins the specs root and a path under it. */
export const underRoot = underSpecsRoot;

/** What one change to the index can affect, so callers re-check only that. */
export interface IndexChange {
  /** A file or folder under the root appeared or disappeared: any token may resolve differently. */
  readonly structure: boolean;
  /** The root-relative spec file whose headings or routes changed, if one did. */
  readonly declarations?: string;
}

const MAX_SHARED_STRINGS = 200_000;
const NO_CHANGE: IndexChange = { structure: false };
const STRUCTURE: IndexChange = { structure: true };

export class ReferenceIndex {
  readonly specsRoot: string;
  /** Every file under the root, by root-relative path. Markdown files carry their headings and routes. */
  private readonly files = new Map<string, SpecFileInfo | undefined>();
  private readonly folders = new Set<string>(['']);
  private readonly lowerFiles = new Map<string, string>();
  private readonly lowerFolders = new Map<string, string>([['', '']]);
  /** Root-relative entries that are links leaving the root: never read, never resolved. */
  private readonly outside = new Set<string>();
  private readonly tokens = new Map<string, SpecToken[]>();
  private readonly examples = new Map<string, Array<[number, number]>>();
  /** Direct children per folder, so listing a folder does not walk the whole root. */
  private readonly childFiles = new Map<string, Set<string>>();
  private readonly childFolders = new Map<string, Set<string>>();
  /** Files by lowercased name without `.md`, for "a renamed file with a similar name". */
  private readonly byStem = new Map<string, Set<string>>();

  /**
   * Resolutions of written paths (see resolvePath), valid while the set of
   * files and folders stays the same: cleared whenever it changes.
   */
  readonly resolvedPaths = new Map<string, Resolution>();
  /** One string per distinct token path, anchor and heading slug, so equal ones are one object and compare by reference (see scanTokens). */
  private readonly sharedStrings = new Map<string, string>();
  /** Which scanned files hold tokens that read a spec file's headings or routes. */
  private readonly readers = new DeclarationReaders(() => this.tokens.entries());

  constructor(specsRoot: string) {
    this.specsRoot = normalizeSpecsRoot(specsRoot);
  }

  /** The root-relative path of a workspace path under the root, or undefined. */
  relative(path: string): string | undefined {
    if (this.specsRoot === '') return path;
    if (path === this.specsRoot) return '';
    return path.startsWith(`${this.specsRoot}/`) ? path.slice(this.specsRoot.length + 1) : undefined;
  }

  /** Adds or replaces one file's text: its tokens, and what it declares when it is a spec. */
  update(path: string, text: string): IndexChange {
    const rel = this.relative(path);
    let change = NO_CHANGE;
    // One line map and one list of fenced blocks serve both the spec's headings and its tokens.
    let lines: LineMap | undefined;
    let fences: Array<[number, number]> | undefined;
    if (rel !== undefined && rel !== '' && !this.outside.has(rel)) {
      const known = this.files.has(rel);
      const before = this.files.get(rel);
      let info: SpecFileInfo | undefined;
      if (/\.(md|markdown)$/i.test(rel)) {
        lines = new LineMap(text);
        fences = fencedBlocks(text);
        info = parseSpecFile(text, lines, fences, this.sharedStrings);
      }
      this.files.set(rel, info);
      if (!known) {
        this.fileAdded(rel);
        change = STRUCTURE;
      } else if (!sameDeclarations(before, info)) change = { structure: false, declarations: rel };
    }
    // Sharing is only a saving: strings typed and gone would pile up in a long session, so the table is bounded.
    if (this.sharedStrings.size > MAX_SHARED_STRINGS) this.sharedStrings.clear();
    const tokens = scanTokens(text, path, lines, fences, this.sharedStrings);
    if (tokens.length) this.tokens.set(path, tokens);
    else this.tokens.delete(path);
    const examples = tokens.length ? exampleBlocks(text) : [];
    if (examples.length) this.examples.set(path, examples);
    else this.examples.delete(path);
    this.readers.set(path, tokens);
    return change;
  }

  /** Records a file under the root without reading it (not a scanned language). */
  addFile(path: string): IndexChange {
    const rel = this.relative(path);
    if (rel === undefined || rel === '' || this.files.has(rel)) return NO_CHANGE;
    this.files.set(rel, undefined);
    this.fileAdded(rel);
    return STRUCTURE;
  }

  /** Records a folder under the root (an empty one still resolves). */
  addFolder(path: string): IndexChange {
    const rel = this.relative(path);
    if (rel === undefined || rel === '') return NO_CHANGE;
    if (this.folders.has(rel)) return NO_CHANGE;
    this.resolvedPaths.clear();
    this.folders.add(rel);
    this.lowerFolders.set(rel.toLowerCase(), rel);
    link(this.childFolders, parentOf(rel), rel);
    this.addParents(rel);
    return STRUCTURE;
  }

  /** Records an entry under the root that is a link leaving it. */
  markOutside(path: string): IndexChange {
    const rel = this.relative(path);
    if (rel === undefined || rel === '' || this.outside.has(rel)) return NO_CHANGE;
    this.outside.add(rel);
    this.resolvedPaths.clear();
    return STRUCTURE;
  }

  /** Forgets a file, or a folder and everything under it. */
  remove(path: string): IndexChange {
    this.forgetTokens(path);
    const prefix = `${path}/`;
    for (const key of [...this.tokens.keys()]) if (key.startsWith(prefix)) this.forgetTokens(key);
    const rel = this.relative(path);
    if (rel === undefined) return NO_CHANGE;
    this.resolvedPaths.clear();
    const drop = (p: string): boolean => p === rel || rel === '' || p.startsWith(`${rel}/`);
    if (this.files.has(rel)) this.fileRemoved(rel);
    else {
      for (const f of [...this.files.keys()]) if (drop(f)) this.fileRemoved(f);
    }
    if (this.folders.has(rel) || rel === '') {
      for (const d of [...this.folders]) {
        if (d === '' || !drop(d)) continue;
        this.folders.delete(d);
        this.lowerFolders.delete(d.toLowerCase());
        this.childFolders.get(parentOf(d))?.delete(d);
        this.childFolders.delete(d);
      }
    }
    for (const o of [...this.outside]) if (drop(o)) this.outside.delete(o);
    return STRUCTURE;
  }

  private forgetTokens(path: string): void {
    this.tokens.delete(path);
    this.readers.delete(path);
  }

  /** Scanned files whose tokens may read the headings or routes of a root-relative spec file. */
  readersOf(rel: string): string[] {
    return this.readers.of(rel);
  }

  private fileAdded(rel: string): void {
    this.resolvedPaths.clear();
    this.lowerFiles.set(rel.toLowerCase(), rel);
    link(this.childFiles, parentOf(rel), rel);
    link(this.byStem, stemOf(rel), rel);
    this.addParents(rel);
  }

  private fileRemoved(rel: string): void {
    this.resolvedPaths.clear();
    this.files.delete(rel);
    this.lowerFiles.delete(rel.toLowerCase());
    this.childFiles.get(parentOf(rel))?.delete(rel);
    this.byStem.get(stemOf(rel))?.delete(rel);
  }

  private addParents(rel: string): void {
    for (let i = rel.lastIndexOf('/'); i > 0; i = rel.lastIndexOf('/', i - 1)) {
      const dir = rel.slice(0, i);
      if (this.folders.has(dir)) break;
      this.resolvedPaths.clear();
      this.folders.add(dir);
      this.lowerFolders.set(dir.toLowerCase(), dir);
      link(this.childFolders, parentOf(dir), dir);
    }
  }

  /** Root-relative paths of the folders directly in a root-relative folder, unsorted. */
  foldersIn(rel: string): ReadonlySet<string> {
    return this.childFolders.get(rel) ?? EMPTY;
  }

  /** Root-relative paths of the files directly in a root-relative folder, unsorted. */
  filesIn(rel: string): ReadonlySet<string> {
    return this.childFiles.get(rel) ?? EMPTY;
  }

  /** Root-relative files whose name without `.md` is `stem` (lowercased), in any folder. */
  filesNamed(stem: string): string[] {
    return [...(this.byStem.get(stem) ?? [])];
  }

  hasFile(rel: string): boolean { return this.files.has(rel); }
  hasFolder(rel: string): boolean { return this.folders.has(rel); }
  isOutside(rel: string): boolean {
    for (const o of this.outside) if (rel === o || rel.startsWith(`${o}/`)) return true;
    return false;
  }
  /** The real spelling of a root-relative file path that differs only in case. */
  fileByCase(rel: string): string | undefined { return this.lowerFiles.get(rel.toLowerCase()); }
  folderByCase(rel: string): string | undefined { return this.lowerFolders.get(rel.toLowerCase()); }
  /** Headings and routes of a markdown file under the root. */
  spec(rel: string): SpecFileInfo | undefined { return this.files.get(rel); }
  allFiles(): IterableIterator<string> { return this.files.keys(); }
  allFolders(): IterableIterator<string> { return this.folders.values(); }
  /** The tokens of one scanned file (workspace path). */
  tokensOf(path: string): readonly SpecToken[] { return this.tokens.get(path) ?? []; }
  /** The `<example>` blocks of a scanned file (offset pairs). */
  examplesOf(path: string): ReadonlyArray<[number, number]> { return this.examples.get(path) ?? []; }
  /** Every scanned file that holds at least one token. */
  filesWithTokens(): IterableIterator<string> { return this.tokens.keys(); }
  /** Every indexed file under the root, as workspace paths. */
  specPaths(): string[] { return [...this.files.keys()].map((f) => underRoot(this.specsRoot, f)); }

  /** The direct children of a root-relative folder: sub-folders and files. */
  children(rel: string): { folders: string[]; files: string[] } {
    const cut = rel === '' ? 0 : rel.length + 1;
    return {
      folders: [...(this.childFolders.get(rel) ?? [])].map((p) => p.slice(cut)).sort(),
      files: [...(this.childFiles.get(rel) ?? [])].map((p) => p.slice(cut)).sort(),
    };
  }
}

const EMPTY: ReadonlySet<string> = new Set();

function parentOf(rel: string): string {
  const slash = rel.lastIndexOf('/');
  return slash === -1 ? '' : rel.slice(0, slash);
}

function stemOf(rel: string): string {
  return rel.slice(rel.lastIndexOf('/') + 1).replace(/\.md$/i, '').toLowerCase();
}

function link(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
