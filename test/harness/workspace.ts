// Temporary folders for one run: a copy of the workspace a test opens (so tests
// may write to it), and fresh VS Code user-data and extensions folders.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { onCleanup } from './processes';

/** Makes a temp folder that is removed when the run ends (unless `keep`). */
export function tempDir(prefix: string, keep = false): string {
  const dir = mkdtempSync(join(tmpdir(), `spec-architect-${prefix}-`));
  if (!keep) onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies `source` into a fresh temp folder and returns the copy's path. */
export function copyWorkspace(source: string, keep = false): string {
  const dir = join(tempDir('ws', keep), basename(source));
  cpSync(source, dir, { recursive: true });
  return dir;
}
