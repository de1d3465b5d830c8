// The Review panel's browser entry point. It keeps no draft of its own: it
// shows the designer session's last review (problems, coverage, questions,
// file changes) and what Generate wrote, and every button sends a protocol
// message to the host, which runs it on the one session the side bar uses.
import type { HostMessage } from '../../src/protocol/designerProtocol';
import { reviewSummary, summaryWords } from '../../src/core/designer';
import { button, checkbox } from '../toolkit';
import { el } from '../ui';
import { onHostMessage, send } from '../messaging';
import { rememberFocus, restoreFocus } from '../focus';
import { renderQuestions } from '../questions';
import { coverageTable } from './coverageTable';
import { renderFileChanges } from './fileChanges';
import { renderProblems } from './problems';
import { renderWritten } from './written';

type Preview = Extract<HostMessage, { type: 'preview' }>;

const view = {
  preview: undefined as Preview | undefined,
  reviewed: false,
  trusted: false,
  gapsOnly: false,
  notice: '',
  error: '',
  written: undefined as { files: string[]; deleted: Set<string> } | undefined,
  problems: undefined as number | undefined,
};

const app = document.getElementById('app') ?? document.body;
app.classList.add('review');
// Live regions exist before their text changes, so screen readers announce the change.
const status = el('p', '', 'notice');
status.setAttribute('role', 'status');
const alert = el('p', '', 'error');
alert.setAttribute('role', 'alert');
const body = el('div', undefined, 'review-body');
app.replaceChildren(el('h1', 'API Review', 'designer-title'), status, alert, body);
app.setAttribute('aria-busy', 'true');

function actions(): HTMLElement {
  const row = el('div', undefined, 'row');
  const generate = button('Generate specs', () => send({ type: 'generate' }));
  if (!view.trusted || !view.reviewed) generate.setAttribute('disabled', '');
  row.append(button('Refresh review', () => send({ type: 'requestPreview' }), true), generate);
  if (!view.trusted) row.append(el('span', 'This workspace is not trusted: Generate is off until you trust it.'));
  return row;
}

function render(): void {
  const remembered = rememberFocus(app);
  if (status.textContent !== view.notice) status.textContent = view.notice;
  if (alert.textContent !== view.error) alert.textContent = view.error;
  const p = view.preview;
  const parts: HTMLElement[] = [actions()];
  if (view.written) parts.push(...renderWritten(view.written.files, view.written.deleted, view.problems));
  if (!p) parts.push(el('p', 'Computing the review…'));
  else {
    parts.push(el('p', summaryWords(reviewSummary(p)), 'summary'), ...renderProblems(p.problems), el('h2', 'Coverage'));
    parts.push(checkbox('Show only routes with gaps', view.gapsOnly, (on) => ((view.gapsOnly = on), render())));
    parts.push(coverageTable(p.coverage, view.gapsOnly), ...renderQuestions(p.questions, 'h2'), ...renderFileChanges(p.files));
  }
  body.replaceChildren(...parts);
  restoreFocus(app, remembered);
}

onHostMessage((m) => {
  if (m.type === 'state') {
    view.reviewed = m.reviewed;
    view.trusted = m.trusted;
    view.notice = m.notice ?? '';
    view.error = '';
    app.removeAttribute('aria-busy');
  } else if (m.type === 'preview') {
    view.preview = m;
  } else if (m.type === 'generated') {
    const deleted = new Set((view.preview?.files ?? []).filter((f) => f.status === 'deleted').map((f) => f.path));
    view.written = { files: m.files, deleted };
    view.problems = undefined;
    // The review before Generate is out of date now that the files changed: review the files as they are.
    send({ type: 'requestPreview' });
  } else if (m.type === 'workspaceProblems') {
    if (view.written) view.problems = m.count;
  } else if (m.type === 'error') {
    view.error = m.message;
  }
  render();
});

render();
// The same handshake as the side bar: the state, then a review of the draft as it is now.
send({ type: 'ready' });
send({ type: 'requestPreview' });
