// Initialize Specs: which starter templates (specs-templates/, handed in by
// the host as path -> text) to create under the specs root, and which to
// leave alone. Existing files are never overwritten, and nothing is planned
// outside the specs root: a template path that climbs out, or a folder on the
// way that is a link leading elsewhere, is refused rather than written through.
import { normalizeSpecsRoot } from '../settings';
import type { SpecHost } from '../host';

/** What the plan needs to know about the workspace: where paths really point (SpecHost.realPath). */
export type InitializeHost = Pick<SpecHost, 'realPath'>;

export interface InitializePlan {
  /** The normalized specs root, relative to the workspace folder. */
  specsRoot: string;
  /** Files to create: workspace-relative path and full text. */
  create: Array<{ path: string; content: string }>;
  /** Workspace-relative paths left alone because they already exist. */
  skipped: string[];
  /** Workspace-relative paths (or template names) not written because they would leave the specs root. */
  refused: string[];
}

/** The specs root normalised (core/settings), or undefined when it would leave the workspace folder. */
export function checkedSpecsRoot(specsRoot: string): string | undefined {
  if (specsRoot.trim().startsWith('/')) return undefined;
  const root = normalizeSpecsRoot(specsRoot);
  if (root === '' || root.startsWith('/') || root.includes('\\') || /^[A-Za-z]:/.test(root)) return undefined;
  const parts = root.split('/');
  return parts.some((p) => p === '' || p === '.' || p === '..') ? undefined : root;
}

/** True for a plain relative POSIX path of a template (`db/models.md`). */
function isPlainRelative(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path)) return false;
  return path.split('/').every((p) => p !== '' && p !== '.' && p !== '..');
}

const isUnder = (path: string, root: string): boolean => path === root || path.startsWith(`${root}/`);

/**
 * The plan for copying `templates` (keyed by path relative to the templates
 * folder) into `<specsRoot>/`. Paths come out sorted, so messages and tests
 * are stable.
 */
export async function planInitialize(templates: ReadonlyMap<string, string>, specsRoot: string, host: InitializeHost): Promise<InitializePlan> {
  const root = checkedSpecsRoot(specsRoot);
  if (root === undefined) return { specsRoot, create: [], skipped: [], refused: [...templates.keys()].sort() };
  const plan: InitializePlan = { specsRoot: root, create: [], skipped: [], refused: [] };

  // Where the specs root really is: files may only land under it.
  const realRoot = await host.realPath(root);
  if (realRoot === null || (realRoot === undefined && (await nearestExisting(host, root)) === null)) {
    plan.refused = [...templates.keys()].sort().map((t) => (isPlainRelative(t) ? `${root}/${t}` : t));
    return plan;
  }

  for (const [name, content] of [...templates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isPlainRelative(name)) {
      plan.refused.push(name);
      continue;
    }
    const path = `${root}/${name}`;
    const real = await host.realPath(path);
    if (typeof real === 'string') {
      // It exists; a link that leads out of the root is reported as refused, not as kept.
      if (realRoot !== undefined && isUnder(real, realRoot)) plan.skipped.push(path);
      else plan.refused.push(path);
      continue;
    }
    if (real === null) {
      plan.refused.push(path);
      continue;
    }
    // Missing: the nearest folder that exists must really be inside the root (no link leading out on the way).
    const ancestor = await nearestExisting(host, path);
    const inside = realRoot === undefined ? ancestor !== null : typeof ancestor === 'string' && isUnder(ancestor, realRoot);
    if (inside) plan.create.push({ path, content });
    else plan.refused.push(path);
  }
  return plan;
}

/** The real path of the nearest existing ancestor of `path`; `null` when it leads out; '' for the workspace folder. */
async function nearestExisting(host: InitializeHost, path: string): Promise<string | null> {
  const parts = path.split('/');
  for (let n = parts.length - 1; n >= 1; n--) {
    const real = await host.realPath(parts.slice(0, n).join('/'));
    if (real !== undefined) return real;
  }
  return '';
}
