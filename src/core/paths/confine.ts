// The one confinement check: every file the core or a command reads, writes,
// deletes or exports is first asked here whether its real location (after
// symbolic links) lies inside the specs root's real location. A specs root
// that is itself a link is followed when it leads to a folder inside the
// workspace, in every command alike; one leading out confines nothing in.
import type { SpecHost } from '../host';
import { isPlainRelative, isUnder } from './relative';

export type PathHost = Pick<SpecHost, 'realPath'>;

/** Why a path was refused. */
export type Refusal = 'not-plain' | 'outside';

export type Confined = { ok: true; path: string; real: string | undefined } | { ok: false; path: string; reason: Refusal };

/** Where the specs root really is: '' for the workspace, null when it leads out, undefined when it does not exist. */
export async function realRootOf(host: PathHost, root: string): Promise<string | null | undefined> {
  if (root === '') return '';
  return host.realPath(root);
}

/** The real path of the nearest ancestor of `path` that exists ('' for the workspace folder), or null when it leads out. */
async function nearestExisting(host: PathHost, path: string): Promise<string | null> {
  const parts = path.split('/');
  for (let n = parts.length - 1; n >= 1; n--) {
    const real = await host.realPath(parts.slice(0, n).join('/'));
    if (real !== undefined) return real;
  }
  return '';
}

/**
 * Whether `path` may be read (it exists and really lies in the root) or
 * written (it, or the nearest folder on its way that exists, really lies in
 * the root; a root that does not exist yet must be creatable inside the
 * workspace). `path` must be under `root` as written.
 */
export async function confine(host: PathHost, path: string, root: string, use: 'read' | 'write'): Promise<Confined> {
  return confineTo(host, path, root, use, () => realRootOf(host, root));
}

/**
 * The same check for many paths under one root (a crawl): the root's real
 * path is looked up once, at the first path, and kept for the others. A
 * crawl may pass `link: false` for an entry the host listed as no link whose
 * folder is the root or passed this check: its real path is its folder's
 * plus its name, inside the root, and is not looked up (thousands of specs
 * cost no lookup each).
 */
export function confiner(host: PathHost, root: string): (path: string, use: 'read' | 'write', link?: boolean) => Promise<Confined> {
  let realRoot: Promise<string | null | undefined> | undefined;
  const rootReal = () => (realRoot ??= realRootOf(host, root));
  return async (path, use, link) => {
    if (link === false && isPlainRelative(path) && isUnder(path, root) && typeof (await rootReal()) === 'string') return { ok: true, path, real: undefined };
    return confineTo(host, path, root, use, rootReal);
  };
}

async function confineTo(host: PathHost, path: string, root: string, use: 'read' | 'write', rootReal: () => Promise<string | null | undefined>): Promise<Confined> {
  if (!isPlainRelative(path) || !isUnder(path, root) || (root !== '' && !isPlainRelative(root))) return { ok: false, path, reason: 'not-plain' };
  const realRoot = await rootReal();
  if (realRoot === null) return { ok: false, path, reason: 'outside' };
  const real = await host.realPath(path);
  if (real === null) return { ok: false, path, reason: 'outside' };
  if (typeof real === 'string') {
    // An existing path: the root must exist too, and hold it.
    return realRoot !== undefined && isUnder(real, realRoot) ? { ok: true, path, real } : { ok: false, path, reason: 'outside' };
  }
  if (use === 'read') return { ok: false, path, reason: 'outside' };
  const ancestor = await nearestExisting(host, path);
  if (ancestor === null) return { ok: false, path, reason: 'outside' };
  // A root that does not exist yet is created below the ancestor, which lies in the workspace (checked above).
  const inside = realRoot === undefined || isUnder(ancestor, realRoot);
  return inside ? { ok: true, path, real: undefined } : { ok: false, path, reason: 'outside' };
}

/** Reads a file only when it really lies in the root; undefined otherwise or when missing. */
export async function readInside(host: Pick<SpecHost, 'realPath' | 'readFile'>, path: string, root: string): Promise<string | undefined> {
  return (await confine(host, path, root, 'read')).ok ? host.readFile(path) : undefined;
}

/**
 * A path typed by a user (`openapi.json`, `docs\\api.yaml`, `./out/x.json`)
 * as a plain workspace-relative path, when writing it stays in the workspace
 * folder after links; undefined otherwise.
 */
export async function writableInWorkspace(host: PathHost, typed: string): Promise<string | undefined> {
  if (typed.startsWith('/') || /^[A-Za-z]:/.test(typed)) return undefined;
  const path = typed.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.').join('/');
  return (await confine(host, path, '', 'write')).ok ? path : undefined;
}
