// Initialize Specs: which starter templates (specs-templates/, handed in by
// the host as path -> text) to create under the specs root, and which to
// leave alone. Existing files are never overwritten, and nothing is planned
// outside the specs root: a template path that climbs out, or a folder on the
// way that is a link leading elsewhere, is refused rather than written through.
import { checkedSpecsRoot } from '../settings';
import type { SpecHost } from '../host';
import { confine, isPlainRelative } from '../paths';

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

/**
 * The plan for copying `templates` (keyed by path relative to the templates
 * folder) into `<specsRoot>/`. Paths come out sorted, so messages and tests
 * are stable. Every path goes through the one confinement check (core/paths).
 */
export async function planInitialize(templates: ReadonlyMap<string, string>, specsRoot: string, host: InitializeHost): Promise<InitializePlan> {
  const root = checkedSpecsRoot(specsRoot);
  if (root === undefined) return { specsRoot, create: [], skipped: [], refused: [...templates.keys()].sort() };
  const plan: InitializePlan = { specsRoot: root, create: [], skipped: [], refused: [] };
  for (const [name, content] of [...templates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isPlainRelative(name)) {
      plan.refused.push(name);
      continue;
    }
    const path = `${root}/${name}`;
    const exists = typeof (await host.realPath(path)) === 'string';
    // It exists: kept when it really lies in the root; a link that leads out is reported as refused, not as kept.
    const confined = await confine(host, path, root, exists ? 'read' : 'write');
    if (!confined.ok) plan.refused.push(path);
    else if (exists) plan.skipped.push(path);
    else plan.create.push({ path, content });
  }
  return plan;
}
