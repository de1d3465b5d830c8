#!/usr/bin/env node
// `npm start`: builds the extension and opens it in a real VS Code: code-server
// on loopback with examples/taskflow open and the extension loaded from this
// repository (extensionDevelopmentPath). Prints the address to open, and stays
// up until Ctrl+C, then stops code-server and removes its temp folders.
//   SPEC_ARCHITECT_PORT=8080     the port (default: 8080 when free, else any free port)
//   SPEC_ARCHITECT_WORKSPACE=dir the folder to open (default: examples/taskflow)
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeServerInstallError, ensureCodeServer } from './ensure-code-server.mjs';
import { SystemPackagesError } from './system-packages.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workspace = resolve(process.env.SPEC_ARCHITECT_WORKSPACE ?? join(repo, 'examples', 'taskflow'));

function portIsFree(port) {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

async function choosePort() {
  if (process.env.SPEC_ARCHITECT_PORT) return Number(process.env.SPEC_ARCHITECT_PORT);
  if (await portIsFree(8080)) return 8080;
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitUntilAnswering(origin, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on ${origin} within 60 s`);
}

let entry;
try {
  // The system packages first (the one list in scripts/system-packages.mjs), then code-server.
  entry = ensureCodeServer();
} catch (error) {
  const known = error instanceof CodeServerInstallError || error instanceof SystemPackagesError;
  process.stderr.write(`${known ? error.message : String(error)}\n`);
  process.exit(1);
}
execFileSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: 'inherit' });

const home = mkdtempSync(join(tmpdir(), 'spec-architect-start-'));
const userData = join(home, 'user-data');
mkdirSync(join(userData, 'User'), { recursive: true });
writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none' }, null, 2));
const port = await choosePort();
const origin = `http://127.0.0.1:${port}`;
const child = spawn(
  process.execPath,
  [entry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened',
    '--user-data-dir', userData, '--extensions-dir', join(home, 'extensions')],
  { cwd: workspace, detached: true, stdio: ['ignore', 'ignore', 'inherit'] },
);

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(home, { recursive: true, force: true });
    process.exit(code);
  }, 1000);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {
  process.stdout.write('\nStopping code-server...\n');
  stop(0);
});
child.on('exit', (code) => {
  if (!stopping) {
    process.stderr.write(`code-server stopped unexpectedly (exit code ${code}).\n`);
    stop(1);
  }
});

try {
  await waitUntilAnswering(origin, child);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  stop(1);
}
if (!stopping) {
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${repo}`]]);
  const address = `${origin}/?${new URLSearchParams({ folder: workspace, payload }).toString()}`;
  process.stdout.write(`\nSpec Architect is running in VS Code (code-server) with ${workspace} open.\nOpen this address in a browser on this machine:\n\n  ${address}\n\nThen click the Spec Architect icon in the activity bar. Press Ctrl+C to stop.\n`);
}
