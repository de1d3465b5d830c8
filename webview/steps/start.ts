// Start: load the existing specs/api or begin a new design; discard the draft.
import { button } from '../toolkit';
import { el } from '../ui';
import { send } from '../messaging';
import type { StepContext } from '../context';

export function renderStart(ctx: StepContext): HTMLElement {
  const s = el('section');
  s.append(el('h3', 'Start'));
  s.append(el('p', `The draft has ${ctx.draft.resources.length} resource(s). It is kept until you discard it.`));
  // Generate makes specs/api match the draft, so a draft begun afresh next to existing specs would drop what it does not name.
  s.append(el('p', 'To change the specs already in specs/api, import them first: Generate makes specs/api match the draft, removing the routes it does not have and (after asking) the files of resources it does not have.'));
  const row = el('div', undefined, 'row');
  row.append(
    button('Import specs/api', () => send({ type: 'importSpecs' })),
    button('Discard draft', () => send({ type: 'discardDraft' }), true),
  );
  s.append(row);
  return s;
}
