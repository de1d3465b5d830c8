// Helpers of the untrusted suite (test/integration/untrusted/): a guard that
// the folder really is untrusted, a snapshot of the workspace on disk to prove
// a refused write wrote nothing, and a record of the messages the extension
// shows.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activatedExtension } from './extension';
import { workspaceUri } from './workspace';

/** Fails every test of the suite at once when the harness opened the folder trusted: then nothing here would mean anything. */
export function assertUntrusted(): void {
  assert.equal(vscode.workspace.isTrusted, false, 'the untrusted suite needs an untrusted folder: run-integration starts its code-server with workspaceTrust and fresh user data');
}

/** Every file and folder under the workspace folder, by relative path: a content hash, or `dir`; plus the unsaved editors. */
export interface WorkspaceSnapshot {
  entries: Map<string, string>;
  unsaved: string[];
}

export function snapshotWorkspace(): WorkspaceSnapshot {
  const entries = new Map<string, string>();
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        entries.set(path, 'dir');
        walk(join(dir, entry.name), path);
      } else {
        entries.set(path, createHash('sha256').update(readFileSync(join(dir, entry.name))).digest('hex'));
      }
    }
  };
  walk(workspaceUri().fsPath, '');
  const unsaved = vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => vscode.workspace.asRelativePath(d.uri, false));
  return { entries, unsaved };
}

/** Asserts that nothing was created, deleted or changed on disk, and no editor holds unsaved edits, since `before`. */
export function assertUnchanged(before: WorkspaceSnapshot, what: string, renamed: Record<string, string> = {}): void {
  const after = snapshotWorkspace();
  // A rename the test itself made: expect the entry under its new path.
  const expected = new Map([...before.entries].map(([path, hash]) => [renamed[path] ?? path, hash]));
  const added = [...after.entries.keys()].filter((p) => !expected.has(p));
  const removed = [...expected.keys()].filter((p) => !after.entries.has(p));
  const changed = [...expected].filter(([p, hash]) => after.entries.has(p) && after.entries.get(p) !== hash).map(([p]) => p);
  assert.deepEqual(
    { added, removed, changed, unsaved: after.unsaved },
    { added: [], removed: [], changed: [], unsaved: before.unsaved },
    `${what} changed the workspace in an untrusted folder`,
  );
}

export interface ShownMessage {
  kind: 'info' | 'warning' | 'error';
  text: string;
}

type Show = (message: string, ...rest: unknown[]) => Thenable<unknown>;

/**
 * Runs `body` while recording the messages the extension shows, answering
 * none of them (so a command awaiting its message returns). The tests live
 * inside the extension's folder, so the host gives them the extension's own
 * `vscode` API object: replacing a function on `vscode.window` here replaces
 * it for the extension too, until it is put back.
 */
export async function recordMessages<T>(body: () => Thenable<T> | Promise<T>): Promise<{ result: T; shown: ShownMessage[] }> {
  const window = vscode.window as unknown as Record<'showInformationMessage' | 'showWarningMessage' | 'showErrorMessage', Show>;
  const originals = { info: window.showInformationMessage, warning: window.showWarningMessage, error: window.showErrorMessage };
  const shown: ShownMessage[] = [];
  const record = (kind: ShownMessage['kind']): Show => (text) => (shown.push({ kind, text }), Promise.resolve(undefined));
  window.showInformationMessage = record('info');
  window.showWarningMessage = record('warning');
  window.showErrorMessage = record('error');
  try {
    return { result: await body(), shown };
  } finally {
    window.showInformationMessage = originals.info;
    window.showWarningMessage = originals.warning;
    window.showErrorMessage = originals.error;
  }
}

/** Asserts that exactly one message was shown, a warning that asks to trust the workspace. */
export function assertAsksForTrust(shown: readonly ShownMessage[], what: string): string {
  assert.equal(shown.length, 1, `${what} showed ${shown.length} message(s), expected one warning: ${JSON.stringify(shown)}`);
  const [message] = shown;
  assert.equal(message?.kind, 'warning', `${what}: ${JSON.stringify(message)}`);
  assert.match(message.text, /trusted workspace/, `${what} does not say it runs only in a trusted workspace: ${message.text}`);
  assert.match(message.text, /Trust this workspace/, `${what} does not say to trust the workspace: ${message.text}`);
  return message.text;
}

/** Mocha hooks of every untrusted suite: check the folder is untrusted and activate first, close editors after each test. */
export function useUntrustedFolder(): void {
  before(async () => {
    assertUntrusted();
    await activatedExtension();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
}
