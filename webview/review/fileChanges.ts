// The Review panel's file changes: every file Generate would create, change or
// delete (unchanged ones counted), each opening in VS Code's diff editor.
import type { PreviewFile } from '../../src/protocol/designerProtocol';
import { button } from '../toolkit';
import { el } from '../ui';
import { send } from '../messaging';

const SAYS: Record<PreviewFile['status'], string> = {
  new: 'new file',
  changed: 'changes',
  deleted: 'Generate deletes this file (its resource is no longer in the draft)',
  unchanged: 'unchanged',
};

export function renderFileChanges(files: PreviewFile[]): HTMLElement[] {
  const out: HTMLElement[] = [el('h2', 'File changes')];
  const changing = files.filter((f) => f.status !== 'unchanged');
  const same = files.length - changing.length;
  if (files.length === 0) out.push(el('p', 'The files are listed once the draft is a valid design.'));
  else if (changing.length === 0) out.push(el('p', 'The specs on disk already match the draft.'));
  const ul = el('ul', undefined, 'files');
  for (const f of changing) {
    const li = el('li', undefined, `file file-${f.status}`);
    const added = f.diff.filter((l) => l.kind === 'added').length;
    const removed = f.diff.filter((l) => l.kind === 'removed').length;
    li.append(el('code', f.path), el('span', ` ${SAYS[f.status]} (+${added} −${removed}) `));
    const label = f.status === 'new' ? `Open proposed ${f.path}` : `Open diff of ${f.path}`;
    li.append(button(f.status === 'new' ? 'Open proposed file' : 'Open diff', () => send({ type: 'openDiff', path: f.path }), true, label));
    li.lastElementChild?.setAttribute('aria-label', label);
    ul.append(li);
  }
  if (changing.length > 0) out.push(ul);
  if (same > 0 && changing.length > 0) out.push(el('p', `${same} other file(s) stay as they are.`));
  return out;
}
