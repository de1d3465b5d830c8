// writeApiSpecs: the design as README.md, one file per resource and errors.md.
import { normalizeSpecsRoot } from '../settings';
import type { ApiDesign } from '../model';
import { stringify } from './markdown';
import { readmeFile } from './readmeFile';
import { resourceFile } from './resourceFile';
import { errorsFile } from './errorsFile';
import { placeSchemas } from './placeSchemas';

/** A file to write: workspace-relative POSIX path and its full text (LF line endings). */
export interface SpecFile {
  path: string;
  text: string;
}

/** Writes the design as `README.md`, one file per resource and `errors.md` under `<specsRoot>/api/`. */
export function writeApiSpecs(design: ApiDesign, options: { specsRoot?: string } = {}): SpecFile[] {
  const root = normalizeSpecsRoot(options.specsRoot ?? 'specs');
  const placed = placeSchemas(design);
  const files: SpecFile[] = [{ path: `${root}/api/README.md`, text: stringify(readmeFile(design, placed[0] ?? [], root)) }];
  design.resources.forEach((r, i) => {
    files.push({ path: `${root}/api/${r.name}.md`, text: stringify(resourceFile(design, r, placed[i + 1] ?? [])) });
  });
  files.push({ path: `${root}/api/errors.md`, text: stringify(errorsFile(design)) });
  return files;
}

