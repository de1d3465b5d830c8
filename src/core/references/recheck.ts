// Which files to check again after one change to the index, instead of the
// whole workspace: a file's findings depend on its own tokens, on which files
// and folders exist, and on the headings and routes of the specs it anchors to.
import type { IndexChange, ReferenceIndex } from './referenceIndex';

export interface Recheck {
  /** Files or folders changed: every scanned file may have other findings. */
  all: boolean;
  /** The scanned files to check again (every one of them when `all`). */
  files: string[];
}

/** The scanned files whose findings may differ after `change`, made to the workspace path `path`. */
export function filesToRecheck(index: ReferenceIndex, path: string, change: IndexChange): Recheck {
  if (change.structure) return { all: true, files: [...index.filesWithTokens()] };
  const files = new Set<string>([path]);
  if (change.declarations !== undefined) for (const f of index.readersOf(change.declarations)) files.add(f);
  return { all: false, files: [...files] };
}
