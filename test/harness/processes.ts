// Child processes the harness starts, and the guarantee that they stop: each
// runs in its own process group, is registered here, and is killed (group and
// all) when the run ends normally, fails, times out, or receives SIGINT/SIGTERM.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

type Cleanup = () => Promise<void> | void;

const cleanups = new Set<Cleanup>();
let signalsHooked = false;

/** Registers work to do before the process exits; returns a function that unregisters it. */
export function onCleanup(cleanup: Cleanup): () => void {
  hookSignals();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Runs every registered cleanup once (in reverse order of registration). */
export async function cleanupAll(): Promise<void> {
  const pending = [...cleanups].reverse();
  cleanups.clear();
  for (const cleanup of pending) {
    try {
      await cleanup();
    } catch (error) {
      process.stderr.write(`cleanup failed: ${String(error)}\n`);
    }
  }
}

function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping what the test harness started...\n`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
  // Last resort when the event loop is gone: synchronous kills only.
  process.once('exit', () => {
    for (const kill of syncKills) kill();
  });
}

const syncKills = new Set<() => void>();

/** A started process group. */
export interface Started {
  child: ChildProcess;
  /** Kills the whole process group (SIGTERM, then SIGKILL after `graceMs`). Idempotent. */
  stop(graceMs?: number): Promise<void>;
}

/** Spawns `command` in a new process group that the harness will always stop. */
export function startGroup(command: string, args: string[], options: SpawnOptions = {}): Started {
  const child = spawn(command, args, { ...options, detached: true });
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const killGroup = (signal: NodeJS.Signals): void => {
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  const syncKill = (): void => killGroup('SIGKILL');
  syncKills.add(syncKill);
  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 5_000): Promise<void> => {
    stopping ??= (async () => {
      killGroup('SIGTERM');
      const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref());
      if ((await Promise.race([exited.then(() => 'exited' as const), timer])) === 'timeout') killGroup('SIGKILL');
      // Children of the group may outlive its leader: make sure none is left.
      killGroup('SIGKILL');
      syncKills.delete(syncKill);
      unregister();
    })();
    return stopping;
  };
  const unregister = onCleanup(() => stop());
  return { child, stop };
}

/** Rejects after `ms` with a message naming what took too long. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
