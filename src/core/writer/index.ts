// The writer: design model to the markdown files of `specs/api/`, and the
// partial update of existing files.
export { writeApiSpecs, type SpecFile } from './write';
export { routeSection } from './routeSection';
export { schemaSection } from './schemaSection';
export { stringify } from './markdown';
export { routeAnchor } from './slug';
export { planSpecUpdate, type SpecUpdatePlan, type SpecUpdateOptions } from './update';
export { keepHandWritten, looksGenerated, type KeepOptions, type KeptFile } from './keepHandWritten';
export { sectionChanges, sections, type SectionChanges } from './sectionReport';
