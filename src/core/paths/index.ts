// Paths: what the core may ask a host about, the one confinement check, the
// one glob matcher and the one bounded crawl.
export { isPlainRelative, isUnder } from './relative';
export { confine, confiner, readInside, realRootOf, writableInWorkspace, type Confined, type PathHost, type Refusal } from './confine';
export { compileGlob, type Glob } from './glob';
export { walkTree, WALK_LIMITS, type WalkOptions, type WalkProblem, type WalkResult } from './walk';
