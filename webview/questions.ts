// The review's open questions, each a group named by its question with one
// button per answer; shared by the side bar's Review step and the Review
// panel, which send the same answerQuestion message.
import type { Question } from '../src/protocol/designerProtocol';
import { button } from './toolkit';
import { el } from './ui';
import { send } from './messaging';

export function renderQuestions(questions: Question[], heading: 'h2' | 'h4'): HTMLElement[] {
  const out: HTMLElement[] = [el(heading, 'Questions')];
  if (questions.length === 0) out.push(el('p', 'No open questions.'));
  for (const q of questions) {
    const box = el('div', undefined, 'question');
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', q.text);
    box.append(el('p', q.text));
    const row = el('div', undefined, 'row');
    for (const a of q.answers) row.append(button(a.label, () => send({ type: 'answerQuestion', questionId: q.id, answer: a.value })));
    box.append(row);
    out.push(box);
  }
  return out;
}
