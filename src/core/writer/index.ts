// The writer: design model to the markdown files of `specs/api/`.
import type { ApiDesign, Schema } from '../model';
import { stringify } from './markdown';
import { readmeFile } from './readmeFile';
import { resourceFile } from './resourceFile';
import { errorsFile } from './errorsFile';
import { placeSchemas } from './placeSchemas';

export { routeSection } from './routeSection';
export { schemaSection } from './schemaSection';
export { stringify } from './markdown';
export { githubSlug, routeAnchor } from './slug';


/** A file to write: workspace-relative POSIX path and its full text (LF line endings). */
export interface SpecFile {
  path: string;
  text: string;
}

/** Writes the design as `README.md`, one file per resource and `errors.md` under `<specsRoot>/api/`. */
export function writeApiSpecs(design: ApiDesign, options: { specsRoot?: string } = {}): SpecFile[] {
  const root = (options.specsRoot ?? 'specs').replace(/\/+$/, '');
  const placed = placeSchemas(design);
  const files: SpecFile[] = [{ path: `${root}/api/README.md`, text: stringify(readmeFile(design, placed[0] ?? [], root)) }];
  design.resources.forEach((r, i) => {
    files.push({ path: `${root}/api/${r.name}.md`, text: stringify(resourceFile(design, r, placed[i + 1] ?? [])) });
  });
  files.push({ path: `${root}/api/errors.md`, text: stringify(errorsFile(design)) });
  return files;
}

export type { Schema };
