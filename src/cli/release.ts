// The release this CLI was built as: scripts/build.mjs defines both from
// package.json (scripts/identity.mjs), so the version printed, the one in the
// SARIF log and the npm package's are the same.
declare const SPEC_ARCHITECT_VERSION: string;
declare const SPEC_ARCHITECT_REPOSITORY: string;

/** The one version of the extension, the CLI and the action. */
export const VERSION: string = SPEC_ARCHITECT_VERSION;

/** The repository's web address, as SARIF's `informationUri`. */
export const REPOSITORY_URL: string = SPEC_ARCHITECT_REPOSITORY;
