// The lint's findings on the real-world corpus, as the user gets them: the
// CLI run as a process on each repository (`node dist/cli.js lint <repo>
// --format json`), each finding keyed so a label can find it again.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { keyFindings, type KeyedFinding, type RawFinding } from './labelKey';

/** Where the corpus is: `SPEC_ARCHITECT_CORPUS`, else `../shared/corpus-train`. */
export function corpusDir(cwd = process.cwd()): string {
  return process.env.SPEC_ARCHITECT_CORPUS ?? join(cwd, '..', 'shared', 'corpus-train');
}

/** The repository folders of the corpus (`<owner>__<name>`), sorted. */
export function corpusRepos(corpus: string): string[] {
  if (!existsSync(corpus)) return [];
  return readdirSync(corpus).filter((name) => statSync(join(corpus, name)).isDirectory()).sort();
}

/** A finding as `spec-architect lint --format json` prints it: the raw finding less its repository. */
type CliFinding = Omit<RawFinding, 'repo'>;

/** Runs the CLI's lint on one repository; throws when it did not answer JSON. */
export function lintRepo(cli: string, repoDir: string): CliFinding[] {
  const run = spawnSync(process.execPath, [cli, 'lint', repoDir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // Exit 1 means "some finding is an error", which is the normal case here.
  if (run.status !== 0 && run.status !== 1) throw new Error(`lint of ${repoDir} exited ${run.status}: ${run.stderr.trim()}`);
  try {
    return JSON.parse(run.stdout) as CliFinding[];
  } catch {
    throw new Error(`lint of ${repoDir} did not print JSON: ${run.stdout.slice(0, 200)}`);
  }
}

/** Reads the lines of corpus files, once each. */
export class SourceLines {
  private readonly cache = new Map<string, string[]>();
  constructor(private readonly corpus: string) {}

  lines(repo: string, file: string): string[] {
    const path = join(this.corpus, repo, file);
    let lines = this.cache.get(path);
    if (!lines) {
      lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
      this.cache.set(path, lines);
    }
    return lines;
  }

  /** The text of a 1-based line ('' past the end). */
  line(repo: string, file: string, line: number): string {
    return this.lines(repo, file)[line - 1] ?? '';
  }
}

/** Every finding of the lint on every repository of the corpus, keyed. */
export function corpusFindings(corpus: string, cli: string, sources: SourceLines): KeyedFinding[] {
  const raw: RawFinding[] = [];
  for (const repo of corpusRepos(corpus)) {
    for (const f of lintRepo(cli, join(corpus, repo))) {
      raw.push({ repo, file: f.file, line: f.line, column: f.column, code: f.code, message: f.message, severity: f.severity, ...(f.routes ? { routes: f.routes } : {}) });
    }
  }
  return keyFindings(raw, (f) => sources.line(f.repo, f.file, f.line));
}
