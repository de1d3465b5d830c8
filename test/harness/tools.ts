// The programs the real-VS-Code levels need, installed on demand: code-server
// (into ~/.cache/spec-architect, by scripts/ensure-code-server.mjs) and Debian's
// Chromium (apt-get, when /usr/bin/chromium is missing).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

export const CHROMIUM_PATH = process.env.SPEC_ARCHITECT_CHROMIUM ?? '/usr/bin/chromium';

/** Installs code-server when missing and returns the path of its entry script. */
export function ensureCodeServer(): string {
  const script = join(REPO_ROOT, 'scripts', 'ensure-code-server.mjs');
  if (!existsSync('/usr/bin/rg')) aptInstall(['ripgrep']);
  const output = execFileSync(process.execPath, [script], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const entry = output.trim().split('\n').pop() ?? '';
  if (!existsSync(entry)) throw new Error(`scripts/ensure-code-server.mjs printed "${entry}", which does not exist`);
  return entry;
}

/** Installs Debian's Chromium when it is missing and returns its path. */
export function ensureChromium(): string {
  if (!existsSync(CHROMIUM_PATH)) aptInstall(['chromium']);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is still missing at ${CHROMIUM_PATH} after apt-get install chromium`);
  return CHROMIUM_PATH;
}

function aptInstall(packages: string[]): void {
  process.stderr.write(`Installing ${packages.join(' ')} with apt-get...\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]): void => {
    const [command, ...rest] = [...sudo, ...args];
    execFileSync(command ?? 'apt-get', rest, { env, stdio: ['ignore', 'inherit', 'inherit'] });
  };
  try {
    run(['apt-get', 'install', '-y', '--no-install-recommends', ...packages]);
  } catch {
    // The package lists may be missing on a fresh machine.
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', '--no-install-recommends', ...packages]);
  }
}
