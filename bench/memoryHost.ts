// An in-memory SpecHost over the generated files, so that the benchmark
// measures the core's work and not the disk. Folders are derived from the
// file paths once, up front, as a file system would already have them.
import type { EntryKind, SpecHost } from '../src/core/host';

/** A SpecHost whose files live in a map; `setFile` changes one, as an editor would. */
export class MemoryHost implements SpecHost {
  private readonly files: Map<string, string>;
  private readonly folders = new Map<string, Map<string, EntryKind>>();
  /** How many times each method was called, to show what a run read. */
  readonly calls = { readFile: 0, readDirectory: 0, stat: 0, realPath: 0 };

  constructor(files: ReadonlyMap<string, string>) {
    this.files = new Map(files);
    this.folders.set('', new Map());
    for (const path of this.files.keys()) this.addToFolders(path);
  }

  /** Replaces (or creates) one file's text. */
  setFile(path: string, text: string): void {
    if (!this.files.has(path)) this.addToFolders(path);
    this.files.set(path, text);
  }

  async readFile(path: string): Promise<string | undefined> {
    this.calls.readFile++;
    return this.files.get(path);
  }

  async readDirectory(path: string): Promise<Array<[string, EntryKind]> | undefined> {
    this.calls.readDirectory++;
    const entries = this.folders.get(trimSlash(path));
    return entries ? [...entries] : undefined;
  }

  async stat(path: string): Promise<{ kind: EntryKind } | undefined> {
    this.calls.stat++;
    return this.kindOf(path);
  }

  async realPath(path: string): Promise<string | null | undefined> {
    this.calls.realPath++;
    return this.kindOf(path) ? trimSlash(path) : undefined;
  }

  private kindOf(path: string): { kind: EntryKind } | undefined {
    if (this.files.has(path)) return { kind: 'file' };
    if (this.folders.has(trimSlash(path))) return { kind: 'directory' };
    return undefined;
  }

  private addToFolders(path: string): void {
    const parts = path.split('/');
    let folder = '';
    parts.forEach((name, i) => {
      const kind: EntryKind = i === parts.length - 1 ? 'file' : 'directory';
      this.folders.get(folder)?.set(name, kind);
      folder = folder === '' ? name : `${folder}/${name}`;
      if (kind === 'directory' && !this.folders.has(folder)) this.folders.set(folder, new Map());
    });
  }
}

function trimSlash(path: string): string {
  return path.replace(/^\.?\/+|\/+$/g, '');
}
