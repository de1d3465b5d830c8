// The review's file list: what the writer (or the partial update of existing
// files) would produce, each with its status and a diff against disk.
import type { ApiDesign } from '../model';
import type { PreviewFile } from './shapes';
import { writeApiSpecs, planSpecUpdate } from '../writer';
import { lineDiff } from './diff';

/** Applies edits (offsets into `text`) from last to first. */
export function applyEdits(text: string, edits: ReadonlyArray<{ range: { start: { offset: number }; end: { offset: number } }; newText: string }>): string {
  const sorted = [...edits].sort((a, b) => b.range.start.offset - a.range.start.offset);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start.offset) + e.newText + out.slice(e.range.end.offset);
  return out;
}

/**
 * The files after generation. With no API spec on disk the writer's output;
 * otherwise the existing files updated in place (hand-written text kept),
 * the files to create and the files of removed resources, to be deleted.
 */
export function previewFiles(design: ApiDesign, existing: Array<{ path: string; text: string }>, specsRoot: string): PreviewFile[] {
  if (existing.length === 0) {
    return writeApiSpecs(design, { specsRoot }).map((f) => ({ path: f.path, status: 'new', text: f.text, diff: lineDiff('', f.text) }));
  }
  const plan = planSpecUpdate(existing, design);
  const files: PreviewFile[] = existing.map((f) => {
    if (plan.deletes.includes(f.path)) return { path: f.path, status: 'deleted', text: '', diff: lineDiff(f.text, '') };
    const after = applyEdits(f.text, plan.edits.filter((e) => e.file === f.path));
    return { path: f.path, status: after === f.text ? 'unchanged' : 'changed', text: after, diff: lineDiff(f.text, after) };
  });
  for (const c of plan.creates) files.push({ path: c.file, status: 'new', text: c.content, diff: lineDiff('', c.content) });
  return files;
}
