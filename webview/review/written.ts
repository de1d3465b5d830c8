// What the last Generate did, in the Review panel: the files written (each a
// link that opens it) and how many problems the workspace has now, with a link
// to the Problems panel, so the user sees whether the new specs check clean.
import { el } from '../ui';
import { send } from '../messaging';
import { link } from './link';

/** `deleted`: the paths Generate deleted (they have nothing to open). */
export function renderWritten(files: string[], deleted: ReadonlySet<string>, problems: number | undefined): HTMLElement[] {
  const out: HTMLElement[] = [el('h2', 'Generated')];
  if (files.length === 0) out.push(el('p', 'Generate found nothing to write: the specs on disk already match the draft.'));
  else {
    out.push(el('p', `Generate wrote or deleted ${files.length} file(s):`));
    const ul = el('ul', undefined, 'written');
    for (const path of files) {
      const li = el('li');
      if (deleted.has(path)) li.append(el('code', path), el('span', ' (deleted)'));
      else li.append(link(path, () => send({ type: 'openFile', path })));
      ul.append(li);
    }
    out.push(ul);
  }
  const p = el('p', problems === undefined ? 'Counting the workspace\'s problems… ' : `The workspace now has ${problems} problem${problems === 1 ? '' : 's'}. `, 'problem-count');
  p.append(link('Open the Problems panel', () => send({ type: 'openProblems' })));
  out.push(p);
  return out;
}
