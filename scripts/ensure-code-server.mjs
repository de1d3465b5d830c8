#!/usr/bin/env node
// Installs code-server (a real VS Code 1.100 served to a browser) into a cache
// folder outside node_modules, once. The integration and browser tests run the
// extension in it because VS Code itself cannot be downloaded on offline machines.
// Prints the path of the code-server entry script.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Installs code-server when it is missing; returns the entry script. */
export function ensureCodeServer({ log = (m) => process.stderr.write(m + '\n') } = {}) {
  const dir = codeServerDir();
  const marker = join(dir, '.installed');
  if (existsSync(marker) && existsSync(codeServerEntry())) return codeServerEntry();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }));
  log(`Installing code-server@${CODE_SERVER_VERSION} into ${dir} (about two minutes, once)...`);
  const tmp = join(dir, 'tmp');
  seedRipgrepCache(tmp);
  // Its postinstall builds native modules and runs `npx node-gyp`: both need these.
  const env = { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' };
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: dir,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (!existsSync(codeServerEntry())) {
    throw new Error(`code-server installed but ${codeServerEntry()} is missing; delete ${dir} and retry.`);
  }
  writeFileSync(marker, new Date().toISOString());
  return codeServerEntry();
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
  process.stdout.write(ensureCodeServer() + '\n');
}
