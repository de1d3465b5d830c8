// The Review panel's problems: what makes the draft not a valid design, each
// with a link to the side bar's step that holds the field.
import type { Problem } from '../../src/protocol/designerProtocol';
import { STEP_TITLES } from '../nav';
import { el } from '../ui';
import { send } from '../messaging';
import { link } from './link';

export function renderProblems(problems: Problem[]): HTMLElement[] {
  if (problems.length === 0) return [];
  const ul = el('ul', undefined, 'problems');
  for (const p of problems) {
    const li = el('li');
    li.append(link(`${STEP_TITLES[p.step]}: ${p.where}`, () => send({ type: 'showStep', step: p.step })), el('span', ` ${p.message}`));
    ul.append(li);
  }
  return [el('h2', 'Problems to fix before generating'), ul];
}
