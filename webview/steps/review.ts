// Review: problems, the coverage matrix, the open questions (answered in
// place) and the markdown to be written with its diff against disk.
import { button, dataGrid } from '../toolkit';
import { el } from '../ui';
import { send } from '../messaging';
import type { StepContext } from '../context';

// Words rather than a dash, so a screen reader reads every cell of the grid.
const yes = (b: boolean): string => (b ? 'yes' : 'no');

export function renderReview(ctx: StepContext): HTMLElement {
  const s = el('section');
  s.append(el('h3', 'Review'));
  s.append(button('Refresh review', () => send({ type: 'requestPreview' }), true));
  const p = ctx.preview;
  if (!p) {
    s.append(el('p', 'Computing the review…'));
    return s;
  }
  if (p.problems.length > 0) {
    s.append(el('h4', 'Problems to fix before generating'));
    const ul = el('ul');
    for (const x of p.problems) ul.append(el('li', `${x.where}: ${x.message}`));
    s.append(ul);
  }
  s.append(el('h4', 'Coverage'));
  // One column per kind of caller (owner, each grantee level, another user, each role, anonymous), from the rows themselves.
  const callers = [...new Set(p.coverage.flatMap((r) => r.callers.map((c) => c.who)))];
  const columns = [
    { key: 'route', title: 'Route' },
    { key: 'auth', title: 'Auth' },
    { key: 'access', title: 'Access' },
    ...callers.map((who, i) => ({ key: `c${i}`, title: who === 'owner' ? 'Owner' : who.charAt(0).toUpperCase() + who.slice(1) })),
    { key: 's401', title: '401' },
    { key: 's403', title: '403' },
    { key: 's404', title: '404' },
    { key: 's422', title: '422' },
  ];
  const rows = p.coverage.map((r) => ({
    route: r.route,
    auth: r.auth,
    access: r.access,
    ...Object.fromEntries(callers.map((who, i) => [`c${i}`, r.callers.find((c) => c.who === who)?.gets ?? '-'])),
    s401: yes(r.e401),
    s403: yes(r.e403),
    s404: yes(r.e404),
    s422: yes(r.e422),
  }));
  s.append(dataGrid('Coverage per route: auth, access rule, the status each caller gets, and the error statuses', columns, rows));
  s.append(el('h4', 'Questions'));
  if (p.questions.length === 0) s.append(el('p', 'No open questions.'));
  for (const q of p.questions) {
    const box = el('div', undefined, 'question');
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', q.text);
    box.append(el('p', q.text));
    for (const a of q.answers) box.append(button(a.label, () => send({ type: 'answerQuestion', questionId: q.id, answer: a.value })));
    s.append(box);
  }
  s.append(el('h4', 'Files'));
  for (const f of p.files) {
    const d = el('details');
    d.append(el('summary', `${f.path} (${f.status})`));
    const pre = el('pre', undefined, 'diff');
    for (const line of f.diff) pre.append(el('span', `${line.kind === 'added' ? '+' : line.kind === 'removed' ? '-' : ' '} ${line.text}\n`, `diff-${line.kind}`));
    d.append(pre);
    s.append(d);
  }
  return s;
}
