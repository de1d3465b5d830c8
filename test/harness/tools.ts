// The programs the real-VS-Code levels need, installed on demand by the
// project's one declaration of them: the Debian packages
// (scripts/system-packages.mjs) and code-server in ~/.cache/spec-architect
// (scripts/ensure-code-server.mjs, which installs the packages first).
// Each is tried at most once per process: a failed install is reported once,
// with its cause and fix, and every later suite of the level fails fast with
// the same message instead of installing again. The time spent installing is
// kept so the level can say where its time went.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

export const CHROMIUM_PATH = process.env.SPEC_ARCHITECT_CHROMIUM ?? '/usr/bin/chromium';

let installMs = 0;
const outcomes = new Map<string, { value?: string; error?: string }>();

/** Seconds this process spent installing tools (0 when all were there). */
export function installSeconds(): number {
  return installMs / 1000;
}

/** Runs one of the install scripts once per process; returns its last stdout line or throws its one-line report. */
function once(script: string, args: string[] = []): string {
  const key = [script, ...args].join(' ');
  let outcome = outcomes.get(key);
  if (!outcome) {
    const started = Date.now();
    // Progress goes straight to the terminal; the one-line report of a failure comes back through a file.
    const dir = mkdtempSync(join(tmpdir(), 'spec-architect-install-'));
    const failureFile = join(dir, 'failure.txt');
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', script), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, SPEC_ARCHITECT_FAILURE_FILE: failureFile },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    installMs += Date.now() - started;
    if (result.status === 0) {
      outcome = { value: (result.stdout ?? '').trim().split('\n').pop() ?? '' };
    } else {
      const report = existsSync(failureFile) ? readFileSync(failureFile, 'utf8').trim() : '';
      outcome = { error: report || `scripts/${script} exited with code ${String(result.status)}` };
    }
    rmSync(dir, { recursive: true, force: true });
    outcomes.set(key, outcome);
  }
  if (outcome.error !== undefined) throw new Error(outcome.error);
  return outcome.value ?? '';
}

/** Installs what is missing (system packages, code-server) and returns code-server's entry script. */
export function ensureCodeServer(): string {
  const entry = once('ensure-code-server.mjs');
  if (!existsSync(entry)) throw new Error(`scripts/ensure-code-server.mjs printed "${entry}", which does not exist`);
  return entry;
}

/** Installs the system packages when missing (Chromium among them) and returns Chromium's path. */
export function ensureChromium(): string {
  if (!process.env.SPEC_ARCHITECT_CHROMIUM) once('system-packages.mjs');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}${process.env.SPEC_ARCHITECT_CHROMIUM ? ' (SPEC_ARCHITECT_CHROMIUM)' : ' after installing the chromium package'}`);
  return CHROMIUM_PATH;
}
