// What Generate writes: the update plan for the existing API specs (hand-
// written text kept, files of removed resources deleted) or the writer's
// files, refused when any path would leave `<specsRoot>/api/`.
import type { ApiDesign } from '../model';
import type { TextEdit } from '../diagnostics';
import { writeApiSpecs, planSpecUpdate, type KeptFile, type SpecUpdateOptions } from '../writer';
import { applyEdits } from './preview';

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

/** One file a plan touches, with its text before and after (both '' where there is none). */
export interface PlannedFile {
  path: string;
  status: 'new' | 'changed' | 'unchanged' | 'deleted';
  before: string;
  after: string;
}

/**
 * The files a plan touches, for a caller that shows or writes whole files: the
 * files to create, then the existing files it edits (an edit can leave a file
 * as it was), then those it deletes.
 */
export function plannedFiles(plan: GenerationPlan, existing: ReadonlyArray<{ path: string; text: string }>): PlannedFile[] {
  const byPath = new Map(existing.map((f) => [f.path, f.text]));
  const edited = [...new Set(plan.edits.map((e) => e.file))].map((path): PlannedFile => {
    const before = byPath.get(path) ?? '';
    const after = applyEdits(before, plan.edits.filter((e) => e.file === path));
    return { path, status: after === before ? 'unchanged' : 'changed', before, after };
  });
  return [
    ...plan.creates.map((c): PlannedFile => ({ path: c.file, status: 'new', before: '', after: c.content })),
    ...edited,
    ...plan.deletes.map((path): PlannedFile => ({ path, status: 'deleted', before: byPath.get(path) ?? '', after: '' })),
  ];
}
