// What the crawl could not read or stopped at, as findings: an unreadable
// file or folder is an error (its references are unchecked, and a CI run must
// not pass because of it), a limit reached is a warning.
import type { Finding } from '../diagnostics';
import type { WalkResult } from '../paths';

const START = { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } };

/** `io.unreadable` per path the crawl could not read, `io.crawl-limit` per limit it reached. */
export function crawlFindings(report: WalkResult): Finding[] {
  return [
    ...report.unreadable.map((u): Finding => ({
      code: 'io.unreadable',
      severity: 'error',
      message: `${u.path} cannot be read (${u.reason}); its references and specs were not checked. Give the user running the check read access, or move it out of the workspace.`,
      file: u.path,
      range: START,
      source: 'references',
    })),
    ...report.warnings.map((w): Finding => ({ code: 'io.crawl-limit', severity: 'warning', message: `The workspace crawl ${w}.`, file: '', range: START, source: 'references' })),
  ];
}
