// Paths that agents send, confined to the workspace folder: a workspace-
// relative path (`specs/api/tasks.md`) or an absolute one inside the folder
// becomes the POSIX workspace path the core uses; anything else is refused
// with a message that says what to send instead.
import * as nodePath from 'node:path';

/** A refusal the tools report as a tool error (never a crash). */
export class ToolInputError extends Error {}

/** The workspace-relative POSIX path of `input`, or a ToolInputError. */
export function workspacePath(folder: string, input: string): string {
  const raw = input.trim();
  if (raw === '' || raw.includes('\0')) throw new ToolInputError(`"${input}" is not a path: send a file path relative to the workspace, e.g. "specs/api/tasks.md".`);
  const abs = nodePath.resolve(folder, raw.replace(/\\/g, '/'));
  const rel = nodePath.relative(folder, abs);
  if (rel === '' || rel.startsWith('..') || nodePath.isAbsolute(rel)) {
    throw new ToolInputError(`${input} is outside the workspace ${folder}: send a path inside it, relative to it, e.g. "specs/api/tasks.md". Nothing outside the workspace is read.`);
  }
  return rel.split(nodePath.sep).join('/');
}
