// Runs the built CLI and the Redocly CLI as their users do: as processes.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node dist/cli.js <args>` from `cwd` (the CLI bundle is built before the tests). */
export function runSpecArchitect(args: string[], cwd = process.cwd()): ProcessResult {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `redocly lint <file> --format=json` with the recommended rules, offline (no telemetry, no update check). */
export function runRedoclyLint(file: string, cwd: string): ProcessResult {
  const bin = join(process.cwd(), 'node_modules', '.bin', 'redocly');
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  const result = spawnSync(bin, ['lint', file, '--format=json'], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
