#!/usr/bin/env node
// Installs code-server (a real VS Code 1.100 served to a browser) into a cache
// folder outside node_modules, once. The integration and browser tests run the
// extension in it because VS Code itself cannot be downloaded on offline machines.
// Installs the system packages first (scripts/system-packages.mjs). A failed
// install throws one CodeServerInstallError that names the cause (a missing
// header and the package that has it, or npm's own error), the log, and the
// command that fixes it. Prints the path of the code-server entry script.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSystemPackages, installCommand, reportFailure, SystemPackagesError } from './system-packages.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
// code-server 4.100.3 pins @vscode/ripgrep 1.15.11, whose postinstall downloads
// ripgrep v13.0.0-10 from GitHub. Offline, we hand it Debian's `rg` through the
// download cache it checks first (os.tmpdir()/vscode-ripgrep-cache-<version>).
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

export function codeServerDir() {
  const cacheRoot = process.env.SPEC_ARCHITECT_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'spec-architect');
  return join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
}

export function codeServerEntry() {
  return join(codeServerDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Raised when code-server cannot be installed; the message is the whole report. */
export class CodeServerInstallError extends Error {}

/** Headers that native builds are known to miss, and the Debian package that has each. */
const HEADER_PACKAGES = { 'gssapi/gssapi.h': 'libkrb5-dev', 'krb5.h': 'libkrb5-dev', 'krb5/krb5.h': 'libkrb5-dev' };

/** True when code-server is already installed (nothing to do, nothing to time). */
export function codeServerInstalled() {
  return existsSync(join(codeServerDir(), '.installed')) && existsSync(codeServerEntry());
}

/** Installs the system packages and code-server when missing; returns the entry script. */
export function ensureCodeServer({ log = (m) => process.stderr.write(m + '\n') } = {}) {
  ensureSystemPackages({ log });
  if (codeServerInstalled()) return codeServerEntry();
  const dir = codeServerDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }));
  log(`Installing code-server@${CODE_SERVER_VERSION} into ${dir} (about two minutes, once)...`);
  const tmp = join(dir, 'tmp');
  seedRipgrepCache(tmp);
  // Its postinstall builds native modules and runs `npx node-gyp`: both need these.
  const env = { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' };
  const logFile = join(dir, 'install.log');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: dir,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  writeFileSync(logFile, output);
  if (result.status !== 0 || !existsSync(codeServerEntry())) {
    throw new CodeServerInstallError(installFailure(output, result, logFile, dir));
  }
  writeFileSync(join(dir, '.installed'), new Date().toISOString());
  return codeServerEntry();
}

/** One report of why the install failed and what to run. */
function installFailure(output, result, logFile, dir) {
  const header = /fatal error: ([\w./+-]+\.h): No such file or directory/.exec(output)?.[1];
  const npmLog = /A complete log of this run can be found in:\s*(\S+)/.exec(output)?.[1];
  const logs = `output: ${logFile}${npmLog ? `; npm's log: ${npmLog}` : ''}`;
  const retry = `rm -rf ${dir} && npm test`;
  if (header) {
    const pkg = HEADER_PACKAGES[header];
    return `code-server@${CODE_SERVER_VERSION} could not be installed: its native build needs ${header}${pkg ? `, from the Debian package ${pkg}` : ''} (${logs}). Fix: ${pkg ? `${installCommand([pkg])} && ` : ''}${retry}`;
  }
  const error = output.split('\n').find((line) => /npm (ERR!|error)/.test(line) && !/A complete log/.test(line));
  const cause = result.error ? result.error.message : error ? error.trim() : `npm exited with code ${result.status}`;
  return `code-server@${CODE_SERVER_VERSION} could not be installed: ${cause} (${logs}). Fix the cause, then: ${retry}`;
}

/** Puts Debian's ripgrep where @vscode/ripgrep's postinstall looks before downloading. */
function seedRipgrepCache(tmp) {
  const rg = '/usr/bin/rg';
  if (!existsSync(rg)) {
    throw new Error('ripgrep is missing: install it with `apt-get install -y ripgrep` (code-server needs it and cannot download it offline).');
  }
  const cache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const staging = join(tmp, 'rg-staging');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  mkdirSync(cache, { recursive: true });
  copyFileSync(rg, join(staging, 'rg'));
  const archive = join(cache, `ripgrep-${RIPGREP_RELEASE}-x86_64-unknown-linux-musl.tar.gz`);
  execFileSync('tar', ['czf', archive, '-C', staging, 'rg']);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(ensureCodeServer() + '\n');
  } catch (error) {
    const known = error instanceof CodeServerInstallError || error instanceof SystemPackagesError;
    reportFailure(known ? error.message : String(error?.stack ?? error));
    process.exit(1);
  }
}
