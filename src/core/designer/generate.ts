// What Generate writes: the update plan for the existing API specs (hand-
// written text kept, files of removed resources deleted) or the writer's
// files, refused when any path would leave `<specsRoot>/api/`.
import type { ApiDesign } from '../model';
import type { TextEdit } from '../diagnostics';
import { writeApiSpecs, planSpecUpdate, type KeptFile, type SpecUpdateOptions } from '../writer';

export interface GenerationPlan {
  edits: TextEdit[];
  creates: Array<{ file: string; content: string }>;
  /** Files of resources the design no longer has. */
  deletes: string[];
  /** Files of left-out resources that stay (only with `options.keep`). */
  kept?: KeptFile[];
}

/** True when `path` is a plain relative path inside `<specsRoot>/api/`. */
export function isInsideApiFolder(path: string, specsRoot: string): boolean {
  const root = specsRoot.replace(/^\.\/|\/+$/g, '');
  if (path.includes('\\') || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return false;
  if (path.split('/').some((seg) => seg === '..' || seg === '.' || seg === '')) return false;
  return path.startsWith(`${root}/api/`) && path.endsWith('.md');
}

/** The plan, or the paths that would leave the API folder. */
export function generationPlan(design: ApiDesign, existing: Array<{ path: string; text: string }>, specsRoot: string, options: SpecUpdateOptions = {}): { plan: GenerationPlan; outside: string[] } {
  const plan: GenerationPlan =
    existing.length === 0 ? { edits: [], creates: writeApiSpecs(design, { specsRoot }).map((f) => ({ file: f.path, content: f.text })), deletes: [] } : planSpecUpdate(existing, design, options);
  const outside = [...plan.edits.map((e) => e.file), ...plan.creates.map((c) => c.file), ...plan.deletes].filter((p) => !isInsideApiFolder(p, specsRoot));
  return { plan, outside: [...new Set(outside)] };
}
