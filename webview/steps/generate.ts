// Generate: writes the reviewed draft (the host checks review, trust and the
// specs root again before writing).
import { button } from '../toolkit';
import { el } from '../ui';
import { send } from '../messaging';
import type { StepContext } from '../context';

export function renderGenerate(ctx: StepContext): HTMLElement {
  const s = el('section');
  s.append(el('h3', 'Generate'));
  if (!ctx.trusted) s.append(el('p', 'This workspace is not trusted: Generate is off until you trust it.'));
  else if (!ctx.reviewed) s.append(el('p', 'Open Review first: Generate writes only what you have reviewed.'));
  else s.append(el('p', 'Writes the reviewed files under the specs root as one undoable edit.'));
  const b = button('Generate specs', () => send({ type: 'generate' }));
  if (!ctx.trusted || !ctx.reviewed) b.setAttribute('disabled', '');
  s.append(b);
  return s;
}
