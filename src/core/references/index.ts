// The references core in one import: scan, index, resolve, check, and the
// editor features.
export { scanTokens, type SpecToken, type TokenRoute, type CodeContext } from './scanner';
export { githubSlug, Slugger } from './slug';
export { headingLine, type HeadingLine } from './headingLine';
export { ReferenceIndex, underRoot, type IndexChange } from './referenceIndex';
export { LineMap } from './positions';
export { buildIndex, crawlReport, indexFolder, noteUnreadable, type IndexOptions } from './workspace';
export { crawlFindings } from './crawlFindings';
export { resolveToken, resolvePath, leavesRoot, type Resolution, type ReferenceCode } from './resolver';
export { diagnoseFile, diagnoseWorkspace, isIgnored, type ReferenceCheckOptions } from './diagnostics';
export { filesToRecheck, type Recheck } from './recheck';
export { lookupReference, type ReferenceLookup } from './lookup';
export { DEFAULT_LANGUAGES, LANGUAGE_EXTENSIONS, scannedBy } from './languages';
export * from './features';
export { routeKey, type SpecFileInfo } from './specFile';
export { SKIPPED_FOLDERS } from './languages';
