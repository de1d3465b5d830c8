// How many problems the workspace has (what the Problems panel counts), sent
// to the Review panel so that after Generate it says whether the written
// specs check clean. Diagnostics arrive a moment after the files are written,
// so the count is sent again whenever they change (at most every 300 ms).
import * as vscode from 'vscode';
import type { HostMessage } from '../../protocol/designerProtocol';

export function workspaceProblemCount(): number {
  return vscode.languages.getDiagnostics().reduce((n, [, list]) => n + list.length, 0);
}

/** Posts the count now and after every change of the diagnostics; dispose to stop. */
export function watchProblemCount(post: (m: HostMessage) => void): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => post({ type: 'workspaceProblems', count: workspaceProblemCount() });
  const sub = vscode.languages.onDidChangeDiagnostics(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(send, 300);
  });
  return new vscode.Disposable(() => {
    if (timer) clearTimeout(timer);
    sub.dispose();
  });
}
