// (h) The whole CLI process as CI runs it: `node dist/cli.js lint <dir>` on
// the benchmark workspace written to disk, against remark-validate-links run
// through remark-cli on the same references written as markdown links. Each
// is a fresh process per round (start-up, crawl, read, parse, check, print).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const REMARK = join(ROOT, 'node_modules/remark-cli/cli.js');

export interface CliRun {
  ours: number[];
  remark: number[];
  oursFindings: number;
  remarkWarnings: number;
}

function writeTree(files: ReadonlyMap<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spec-architect-bench-'));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function timedProcess(args: string[], cwd: string): { ms: number; stdout: string; stderr: string; status: number | null } {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (r.error) throw r.error;
  return { ms, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Runs both processes `rounds` times, alternating which goes first. */
export function cliRuns(tokenFiles: ReadonlyMap<string, string>, linkFiles: ReadonlyMap<string, string>, rounds: number): CliRun {
  const oursDir = writeTree(tokenFiles);
  const linksDir = writeTree(linkFiles);
  const run: CliRun = { ours: [], remark: [], oursFindings: 0, remarkWarnings: 0 };
  try {
    const ours = () => {
      const r = timedProcess([CLI, 'lint', oursDir, '--format', 'json'], ROOT);
      if (r.status !== 0 && r.status !== 1) throw new Error(`spec-architect lint exited ${r.status}: ${r.stderr}`);
      run.ours.push(r.ms);
      run.oursFindings = (JSON.parse(r.stdout) as unknown[]).length;
    };
    const remark = () => {
      // From the repository, where remark-cli finds the plugin; the folder is named on the command line.
      const r = timedProcess([REMARK, linksDir, '--use', 'remark-validate-links=repository:false', '--quiet', '--no-stdout', '--no-color'], ROOT);
      if (/Cannot process file/.test(r.stderr)) throw new Error(`remark did not check the files: ${r.stderr.slice(0, 2000)}`);
      if (r.status !== 0 && r.status !== 1) throw new Error(`remark exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
      run.remark.push(r.ms);
      run.remarkWarnings = (r.stderr.match(/ warning /g) ?? []).length;
    };
    for (let i = 0; i < rounds; i++) {
      if (i % 2 === 0) {
        ours();
        remark();
      } else {
        remark();
        ours();
      }
    }
  } finally {
    rmSync(oursDir, { recursive: true, force: true });
    rmSync(linksDir, { recursive: true, force: true });
  }
  return run;
}
