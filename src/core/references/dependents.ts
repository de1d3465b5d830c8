// Which scanned files read a spec file's headings or routes: the reverse of
// their tokens, so that when a spec's headings change only the files that
// point at it are checked again, not every file of the workspace.
import { normalizeWritten } from './resolver';
import type { SpecToken } from './scanner';

/**
 * Built on the first question (most sessions never change a heading, and a
 * cold validation should not pay for it), then kept current file by file.
 */
export class DeclarationReaders {
  private built = false;
  /** Root-relative path a token may name → scanned files holding such a token. */
  private readonly byTarget = new Map<string, Set<string>>();
  /** Scanned files with a route on a path without anchor: it may be a folder or glob, so any spec may count. */
  private readonly anyTarget = new Set<string>();
  /** The keys each scanned file is filed under, to take it out again. */
  private readonly keysOf = new Map<string, string[]>();

  /** `allTokens` lists every scanned file's tokens, to build the map on first use. */
  constructor(private readonly allTokens: () => Iterable<[string, readonly SpecToken[]]>) {}

  /** Files `file` under the targets its tokens' anchors and routes may read (replacing what it had). */
  set(file: string, tokens: readonly SpecToken[]): void {
    if (!this.built) return;
    this.file(file, tokens);
  }

  private file(file: string, tokens: readonly SpecToken[]): void {
    this.delete(file);
    const keys = new Set<string>();
    for (const token of tokens) {
      if (token.anchor === undefined) {
        if (token.route) this.anyTarget.add(file);
        continue;
      }
      // An anchor resolves only on a file: the path as written, or with `.md` added.
      const path = normalizeWritten(token.path);
      keys.add(path);
      keys.add(`${path}.md`);
    }
    if (!keys.size) return;
    for (const key of keys) {
      let files = this.byTarget.get(key);
      if (!files) this.byTarget.set(key, (files = new Set()));
      files.add(file);
    }
    this.keysOf.set(file, [...keys]);
  }

  delete(file: string): void {
    if (!this.built) return;
    this.anyTarget.delete(file);
    for (const key of this.keysOf.get(file) ?? []) {
      const files = this.byTarget.get(key);
      files?.delete(file);
      if (files?.size === 0) this.byTarget.delete(key);
    }
    this.keysOf.delete(file);
  }

  /** Scanned files whose tokens may read the declarations of the root-relative spec file `rel`. */
  of(rel: string): string[] {
    if (!this.built) {
      this.built = true;
      for (const [file, tokens] of this.allTokens()) this.file(file, tokens);
    }
    return [...new Set([...(this.byTarget.get(rel) ?? []), ...this.anyTarget])];
  }
}
