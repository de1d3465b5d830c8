#!/usr/bin/env node
// The Debian packages this project needs on a machine, declared once. `npm
// start`, the test levels that run a real VS Code or a browser, and the
// package level all call ensureSystemPackages() from here, so a fresh machine
// gets everything from the README's own commands.
//
// What is installed is asked of dpkg (`dpkg-query`), never guessed from file
// paths. What is missing is installed once with apt-get (after `apt-get
// update` when the package lists are empty, or when the first try fails on
// stale lists). Without root and without password-less sudo it stops with one
// line naming the exact command to run.
//
//   node scripts/system-packages.mjs          install what is missing
//   node scripts/system-packages.mjs --check  only say what is missing (exit 1 if anything is)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Each package and why it is needed. */
export const SYSTEM_PACKAGES = [
  { name: 'chromium', why: 'the browser that the integration, e2e and package levels drive' },
  { name: 'ripgrep', why: "code-server's search; its installer cannot download rg offline" },
  { name: 'libkrb5-dev', why: "the Kerberos headers (gssapi/gssapi.h) that code-server's native module builds against" },
  { name: 'build-essential', why: "the C/C++ compiler and make for code-server's native modules" },
  { name: 'python3', why: 'node-gyp, which builds those native modules' },
  { name: 'pkg-config', why: "code-server's native module builds" },
  { name: 'git', why: "code-server's npm install and the tests' fresh clones" },
  { name: 'ca-certificates', why: 'HTTPS to the npm registry' },
];

/** Raised when packages are missing and cannot be installed here; its message is one line. */
export class SystemPackagesError extends Error {}

/** The command a person runs to install `names` themselves. */
export function installCommand(names) {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${names.join(' ')}`;
}

/** The names among `names` that dpkg does not report as installed. */
export function missingPackages(names = SYSTEM_PACKAGES.map((p) => p.name)) {
  if (!hasCommand('dpkg-query')) {
    throw new SystemPackagesError(`dpkg-query was not found: this project installs its system packages on Debian or Ubuntu; elsewhere install the equivalents of ${names.join(', ')} yourself.`);
  }
  // Unknown packages go to stderr and make the exit code 1; known ones print a line each.
  const result = spawnSync('dpkg-query', ['-W', '-f=${Package}\t${db:Status-Status}\n', ...names], { encoding: 'utf8' });
  const installed = new Set(
    (result.stdout ?? '')
      .split('\n')
      .map((line) => line.split('\t'))
      .filter(([, status]) => status === 'installed')
      .map(([name]) => name.replace(/:.*$/, '')),
  );
  return names.filter((name) => !installed.has(name));
}

/**
 * Installs the missing packages; returns { installed: [...names], seconds }.
 * Throws SystemPackagesError (one line, with the command to run) when it cannot.
 */
export function ensureSystemPackages({ packages = SYSTEM_PACKAGES.map((p) => p.name), log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  const started = Date.now();
  const missing = missingPackages(packages);
  if (missing.length === 0) return { installed: [], seconds: 0 };
  const sudo = privilege();
  if (!sudo) {
    throw new SystemPackagesError(`Missing system packages: ${missing.join(' ')}. Not root and no password-less sudo, so they were not installed; run: ${installCommand(missing)}`);
  }
  log(`Installing the system packages ${missing.join(' ')} with apt-get (once)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => {
    const [command, ...rest] = [...sudo, 'apt-get', ...args];
    // apt's progress goes to stderr: stdout may be a caller's pipe for results.
    execFileSync(command, rest, { env, stdio: ['ignore', 2, 2] });
  };
  const install = () => apt('install', '-y', '--no-install-recommends', ...missing);
  try {
    if (packageListsEmpty()) apt('update');
    install();
  } catch {
    // Stale package lists name versions the mirror no longer has: refresh once and retry.
    try {
      apt('update');
      install();
    } catch (error) {
      throw new SystemPackagesError(`apt-get could not install ${missing.join(' ')} (${firstLine(error)}); run: ${installCommand(missing)}`);
    }
  }
  const still = missingPackages(missing);
  if (still.length > 0) throw new SystemPackagesError(`apt-get finished but ${still.join(' ')} is still not installed; run: ${installCommand(still)}`);
  const seconds = (Date.now() - started) / 1000;
  log(`Installed ${missing.join(' ')} in ${seconds.toFixed(1)} s.`);
  return { installed: missing, seconds };
}

/** [] as root, ['sudo', '-n'] with password-less sudo, undefined otherwise. */
function privilege() {
  if (process.getuid?.() === 0) return [];
  if (hasCommand('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return undefined;
}

function packageListsEmpty() {
  const lists = '/var/lib/apt/lists';
  return !existsSync(lists) || !readdirSync(lists).some((name) => name.endsWith('_Packages') || name.endsWith('_Packages.lz4'));
}

function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Prints a script's one-line failure report, and writes it to the file named
 * by SPEC_ARCHITECT_FAILURE_FILE when the caller (the test harness) asked for it.
 */
export function reportFailure(message) {
  process.stderr.write(`${message}\n`);
  if (process.env.SPEC_ARCHITECT_FAILURE_FILE) writeFileSync(process.env.SPEC_ARCHITECT_FAILURE_FILE, `${message}\n`);
}

function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--check')) {
      const missing = missingPackages();
      process.stdout.write(missing.length === 0 ? 'All system packages are installed.\n' : `Missing: ${missing.join(' ')}\n`);
      process.exit(missing.length === 0 ? 0 : 1);
    }
    ensureSystemPackages();
  } catch (error) {
    reportFailure(error instanceof SystemPackagesError ? error.message : firstLine(error));
    process.exit(1);
  }
}
