// Two-phase writes for the CLI: every target is checked before the first
// write (inside the specs root after links, not a folder, not a link to
// nothing, its folder creatable and writable), so a refusal writes nothing;
// a write that still fails names what was written and what was not.
import { constants } from 'node:fs';
import { access, lstat, mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import * as nodePath from 'node:path';
import type { SpecHost } from '../core/host';
import { confine } from '../core/paths';
import { reasonOf } from './nodeHost';

export type WriteKind = 'create' | 'replace' | 'delete';

export interface WriteStep {
  path: string;
  kind: WriteKind;
  /** The text to write (not for deletes). */
  text?: string;
}

const exists = async (abs: string) => lstat(abs).then((s) => s, () => undefined);

/** Why `step` cannot be carried out, or undefined when it can. */
async function problemOf(folder: string, host: SpecHost, root: string, step: WriteStep): Promise<string | undefined> {
  if (!(await confine(host, step.path, root, 'write')).ok) return `it would be written outside ${root === '' ? 'the folder' : `${root}/`} (a path or a link leading out)`;
  const abs = nodePath.join(folder, ...step.path.split('/'));
  const own = await exists(abs);
  if (own) {
    const target = own.isSymbolicLink() ? await stat(abs).catch(() => undefined) : own;
    if (!target) return 'it is a link to nothing';
    if (target.isDirectory()) return 'it is a folder';
    if (!target.isFile()) return 'it is not a regular file';
    if (step.kind === 'create') return 'it already exists (and could not be read)';
    const writable = await access(abs, constants.W_OK).then(() => undefined, reasonOf);
    if (writable) return `it cannot be written (${writable})`;
    return undefined;
  }
  if (step.kind === 'delete') return 'it does not exist';
  // The nearest folder on the way that exists must be a folder we may write in.
  for (let dir = nodePath.dirname(abs); ; dir = nodePath.dirname(dir)) {
    const st = await exists(dir);
    if (!st) {
      if (nodePath.dirname(dir) === dir) return 'no folder on its way exists';
      continue;
    }
    const rel = nodePath.relative(folder, dir).split(nodePath.sep).join('/') || '.';
    const target = st.isSymbolicLink() ? await stat(dir).catch(() => undefined) : st;
    if (!target) return `${rel} is a link to nothing`;
    if (!target.isDirectory()) return `${rel} is a file, not a folder`;
    const writable = await access(dir, constants.W_OK | constants.X_OK).then(() => undefined, reasonOf);
    return writable ? `${rel} cannot be written in (${writable})` : undefined;
  }
}

/**
 * Creates a folder and its missing parents one level at a time. Node's
 * `mkdir(..., { recursive: true })` never returns for some paths (`/proc/x`
 * loops on ENOENT), so the parents are made here, each with a plain mkdir.
 */
export async function makeFolders(abs: string): Promise<void> {
  const missing: string[] = [];
  let dir = nodePath.resolve(abs);
  while (!(await exists(dir))) {
    missing.push(dir);
    const parent = nodePath.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  const st = await stat(abs);
  if (!st.isDirectory()) throw Object.assign(new Error(`${abs} is not a folder`), { code: 'ENOTDIR' });
}

/** Every step that cannot be carried out, with the reason; empty when all can. */
export async function checkSteps(folder: string, host: SpecHost, root: string, steps: WriteStep[]): Promise<Array<{ path: string; why: string }>> {
  const out: Array<{ path: string; why: string }> = [];
  for (const step of steps) {
    const why = await problemOf(folder, host, root, step);
    if (why) out.push({ path: step.path, why });
  }
  return out;
}

/** Carries out checked steps in order; stops at the first failure and says which were done. */
export async function applySteps(folder: string, steps: WriteStep[]): Promise<{ done: WriteStep[]; failed?: { step: WriteStep; why: string } }> {
  const done: WriteStep[] = [];
  for (const step of steps) {
    const abs = nodePath.join(folder, ...step.path.split('/'));
    try {
      if (step.kind === 'delete') await unlink(abs);
      else {
        await makeFolders(nodePath.dirname(abs));
        // `create` never replaces anything; the exclusive flag also refuses a link to nothing.
        await writeFile(abs, step.text ?? '', { encoding: 'utf8', flag: step.kind === 'create' ? 'wx' : 'w' });
      }
      done.push(step);
    } catch (error) {
      return { done, failed: { step, why: reasonOf(error) } };
    }
  }
  return { done };
}

/** The lines that say what a failed write left behind. */
export function failureLines(command: string, result: { done: WriteStep[]; failed?: { step: WriteStep; why: string } }, steps: WriteStep[]): string[] {
  if (!result.failed) return [];
  const left = steps.slice(result.done.length + 1).map((s) => s.path);
  return [
    `spec-architect ${command}: ${result.failed.step.path} could not be written (${result.failed.why}); check its folder's permissions and free space, then run the command again.`,
    `  written: ${result.done.map((s) => s.path).join(', ') || 'nothing'}`,
    `  not written: ${[result.failed.step.path, ...left].join(', ')}`,
  ];
}
