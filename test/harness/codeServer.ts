// Starts code-server (a real VS Code 1.100 served to a browser) on a free
// loopback port with fresh user-data and extensions folders, waits until it
// answers, and builds the workbench addresses tests open. Everything it starts
// is stopped by stop(), and by the harness on failure, timeout or signal.
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { freeLoopbackPort } from './freePort';
import { EXAMPLE_WORKSPACE, TEST_RESULTS_DIR } from './paths';
import { startGroup, withTimeout } from './processes';
import { ensureCodeServer } from './tools';
import { copyWorkspace, tempDir } from './workspace';

export interface CodeServerOptions {
  /** The folder to open; copied to a temp folder first unless `copy` is false. Default: examples/taskflow. */
  workspace?: string;
  /** Copy the workspace so tests may write to it (default true). */
  copy?: boolean;
  /** Keep workspace trust on (tests of untrusted mode); off by default so nothing asks. */
  workspaceTrust?: boolean;
  /** An extensions folder to use (e.g. one a .vsix was installed into); default: a fresh empty one. */
  extensionsDir?: string;
  /** Extra environment for code-server and the extension host it starts. */
  env?: Record<string, string>;
  /** Name of the log file under test-results/ (default code-server.log). */
  logName?: string;
  /** Keep the temp folders after stop() (for debugging). Default: SPEC_ARCHITECT_KEEP=1. */
  keep?: boolean;
  /**
   * Open a multi-root workspace: the copied folder and a second, empty one
   * (`second/`) beside it, through a .code-workspace file (the multiroot suite).
   */
  multiRoot?: boolean;
  /** How long to wait for code-server to answer (default 60 s). */
  startTimeoutMs?: number;
}

export interface CodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The absolute path of the workspace folder code-server opens. */
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  /** The workbench address with the folder open and the given payload entries (e.g. extensionDevelopmentPath). */
  workbenchUrl(payload?: Array<[string, string]>): string;
  /** `vscode-remote://127.0.0.1:PORT<abs path>`: how the browser names a file on the server. */
  remoteUri(absolutePath: string): string;
  /** The last lines code-server printed (for error messages). */
  logTail(): string;
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and deterministic under test. */
function userSettings(workspaceTrust: boolean): Record<string, unknown> {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'security.workspace.trust.enabled': workspaceTrust,
    'git.enabled': false,
  };
}

export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const entry = ensureCodeServer();
  const keep = options.keep ?? process.env.SPEC_ARCHITECT_KEEP === '1';
  const source = options.workspace ?? EXAMPLE_WORKSPACE;
  const workspace = options.copy === false ? source : copyWorkspace(source, keep);
  let workspaceFile: string | undefined;
  if (options.multiRoot) {
    const parent = dirname(workspace);
    mkdirSync(join(parent, 'second'), { recursive: true });
    workspaceFile = join(parent, 'multi-root.code-workspace');
    writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: basename(workspace) }, { path: 'second' }] }, null, 2));
  }
  const home = tempDir('code-server', keep);
  const userDataDir = join(home, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(home, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings(options.workspaceTrust ?? false), null, 2));

  const port = await freeLoopbackPort();
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
  ];
  mkdirSync(TEST_RESULTS_DIR, { recursive: true });
  const logPath = join(TEST_RESULTS_DIR, options.logName ?? 'code-server.log');
  const log = createWriteStream(logPath);
  const tail: string[] = [];
  const started = startGroup(process.execPath, args, {
    cwd: workspace,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [started.child.stdout, started.child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - 40));
    });
  }
  const server: CodeServer = {
    port,
    origin,
    workspace,
    userDataDir,
    extensionsDir,
    remoteUri: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    workbenchUrl(payload = []) {
      const query = new URLSearchParams(workspaceFile ? { workspace: workspaceFile } : { folder: workspace });
      if (payload.length > 0) query.set('payload', JSON.stringify(payload));
      return `${origin}/?${query.toString()}`;
    },
    logTail: () => tail.join('\n'),
    async stop() {
      await started.stop();
      log.end();
    },
  };
  try {
    await withTimeout(waitUntilAnswering(origin, started.child), options.startTimeoutMs ?? 60_000, `code-server on ${origin}`);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- code-server output (${logPath}) ---\n${server.logTail()}`);
  }
  return server;
}

async function waitUntilAnswering(origin: string, child: { exitCode: number | null }): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before answering`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
