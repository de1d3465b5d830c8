// The results file test/integration/index.ts writes from inside the extension
// host, and the harness reads after the run: the only channel that does not
// depend on the browser.
/** What one run of the in-host Mocha suite reports. */
export interface HostResults {
  passed: number;
  failed: number;
  /** Titles (full) and messages of the failed tests. */
  failures: Array<{ title: string; message: string }>;
}

/** Environment variables code-server passes on to the extension host. */
export const HostEnv = {
  /** Absolute path of the JSON file the suite writes its HostResults to. */
  resultsFile: 'SPEC_ARCHITECT_TEST_RESULTS',
  /** Which suite to run: `default` (every *.test.js but packaged/ and untrusted/), `packaged` (checks of the installed .vsix) or `untrusted` (untrusted/, in an untrusted workspace). */
  suite: 'SPEC_ARCHITECT_INTEGRATION_SUITE',
  /** The extensions folder the packaged .vsix was installed into. */
  extensionsDir: 'SPEC_ARCHITECT_EXTENSIONS_DIR',
  /** A Mocha grep pattern. */
  grep: 'MOCHA_GREP',
} as const;
