// The workspace index: the files and folders under the specs root, what each
// spec file declares, and the tokens of every scanned file. It is updated one
// file at a time (update/remove), never rebuilt.
import { parseSpecFile, type SpecFileInfo } from './specFile';
import { scanTokens, type SpecToken } from './scanner';

/** Joins the specs root and a path under it. */
export function underRoot(root: string, rel: string): string {
  return root === '' ? rel : rel === '' ? root : `${root}/${rel}`;
}

/** Trims slashes so `specs/`, `./specs` and `specs` are one root. */
export function normalizeRoot(root: string): string {
  return root.replace(/^\.\/+/, '').replace(/^\/+|\/+$/g, '');
}

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

  constructor(specsRoot: string) {
    this.specsRoot = normalizeRoot(specsRoot);
  }

  /** The root-relative path of a workspace path under the root, or undefined. */
  relative(path: string): string | undefined {
    if (this.specsRoot === '') return path;
    if (path === this.specsRoot) return '';
    return path.startsWith(`${this.specsRoot}/`) ? path.slice(this.specsRoot.length + 1) : undefined;
  }

  /** Adds or replaces one file's text: its tokens, and what it declares when it is a spec. */
  update(path: string, text: string): void {
    const rel = this.relative(path);
    if (rel !== undefined && rel !== '' && !this.outside.has(rel)) {
      this.files.set(rel, /\.(md|markdown)$/i.test(rel) ? parseSpecFile(text) : undefined);
      this.lowerFiles.set(rel.toLowerCase(), rel);
      this.addParents(rel);
    }
    const tokens = scanTokens(text, path);
    if (tokens.length) this.tokens.set(path, tokens);
    else this.tokens.delete(path);
  }

  /** Records a file under the root without reading it (not a scanned language). */
  addFile(path: string): void {
    const rel = this.relative(path);
    if (rel === undefined || rel === '' || this.files.has(rel)) return;
    this.files.set(rel, undefined);
    this.lowerFiles.set(rel.toLowerCase(), rel);
    this.addParents(rel);
  }

  /** Records a folder under the root (an empty one still resolves). */
  addFolder(path: string): void {
    const rel = this.relative(path);
    if (rel === undefined || rel === '') return;
    this.folders.add(rel);
    this.lowerFolders.set(rel.toLowerCase(), rel);
    this.addParents(rel);
  }

  /** Records an entry under the root that is a link leaving it. */
  markOutside(path: string): void {
    const rel = this.relative(path);
    if (rel !== undefined && rel !== '') this.outside.add(rel);
  }

  /** Forgets a file, or a folder and everything under it. */
  remove(path: string): void {
    this.tokens.delete(path);
    const prefix = `${path}/`;
    for (const key of [...this.tokens.keys()]) if (key.startsWith(prefix)) this.tokens.delete(key);
    const rel = this.relative(path);
    if (rel === undefined) return;
    const drop = (p: string): boolean => p === rel || rel === '' || p.startsWith(`${rel}/`);
    for (const f of [...this.files.keys()]) if (drop(f)) { this.files.delete(f); this.lowerFiles.delete(f.toLowerCase()); }
    for (const d of [...this.folders]) if (d !== '' && drop(d)) { this.folders.delete(d); this.lowerFolders.delete(d.toLowerCase()); }
    for (const o of [...this.outside]) if (drop(o)) this.outside.delete(o);
  }

  private addParents(rel: string): void {
    for (let i = rel.lastIndexOf('/'); i > 0; i = rel.lastIndexOf('/', i - 1)) {
      const dir = rel.slice(0, i);
      if (this.folders.has(dir)) break;
      this.folders.add(dir);
      this.lowerFolders.set(dir.toLowerCase(), dir);
    }
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
  /** Every scanned file that holds at least one token. */
  filesWithTokens(): IterableIterator<string> { return this.tokens.keys(); }
  /** Every indexed file under the root, as workspace paths. */
  specPaths(): string[] { return [...this.files.keys()].map((f) => underRoot(this.specsRoot, f)); }

  /** The direct children of a root-relative folder: sub-folders and files. */
  children(rel: string): { folders: string[]; files: string[] } {
    const prefix = rel === '' ? '' : `${rel}/`;
    const direct = (p: string): boolean => p !== '' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/');
    return {
      folders: [...this.folders].filter(direct).map((p) => p.slice(prefix.length)).sort(),
      files: [...this.files.keys()].filter(direct).map((p) => p.slice(prefix.length)).sort(),
    };
  }
}
