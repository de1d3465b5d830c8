// Review in the side bar: the review in a few numbers (routes, gaps, open
// questions, files that change), the problems that block Generate with the
// step to fix each in, the questions, answered in place, and the files that
// change. The coverage table and the diffs need room: "Open Review" shows them
// in the editor area.
import { reviewSummary, summaryWords } from '../../src/core/designer';
import { button } from '../toolkit';
import { el } from '../ui';
import { send } from '../messaging';
import { STEP_TITLES } from '../nav';
import { renderQuestions } from '../questions';
import type { StepContext } from '../context';

export function renderReview(ctx: StepContext): HTMLElement {
  const s = el('section');
  s.append(el('h3', 'Review'));
  const row = el('div', undefined, 'row');
  row.append(button('Open Review', () => send({ type: 'openReview' })), button('Refresh review', () => send({ type: 'requestPreview' }), true));
  s.append(row);
  const p = ctx.preview;
  if (!p) {
    s.append(el('p', 'Computing the review…'));
    return s;
  }
  s.append(el('p', summaryWords(reviewSummary(p)), 'summary'));
  if (p.problems.length > 0) {
    s.append(el('h4', 'Problems to fix before generating'));
    const ul = el('ul', undefined, 'problems');
    for (const x of p.problems) {
      const li = el('li', `${x.where}: ${x.message} `);
      li.append(button(`Fix in ${STEP_TITLES[x.step]}`, () => send({ type: 'showStep', step: x.step }), true, `fix:${x.where}`));
      ul.append(li);
    }
    s.append(ul);
  }
  s.append(...renderQuestions(p.questions, 'h4'));
  const changing = p.files.filter((f) => f.status !== 'unchanged');
  if (changing.length > 0) {
    s.append(el('h4', 'Files that change'));
    const ul = el('ul', undefined, 'files');
    for (const f of changing) ul.append(el('li', `${f.path} (${f.status})`));
    s.append(ul, el('p', 'Open Review shows each change in the diff editor.', 'notice'));
  }
  return s;
}
