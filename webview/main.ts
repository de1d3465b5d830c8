// The API Designer's browser entry point: the step navigation, the draft
// (mirrored to the host on every edit and to getState/setState), and the
// rendering of the current step. The title, the navigation and the two live
// regions (notices, errors) stay in place; only the step below them is
// rebuilt, with focus kept where the user was (focus.ts).
import { emptyDraft } from '../src/core/designer';
import { DraftDesign, type Step } from '../src/protocol/designerProtocol';
import { el } from './ui';
import { loadLocal, onHostMessage, saveLocal, send } from './messaging';
import type { Preview, StepContext } from './context';
import { rememberFocus, restoreFocus, type FocusTarget } from './focus';
import { renderNav, stepFooter } from './nav';
import { renderStart } from './steps/start';
import { renderResources } from './steps/resources';
import { renderSchemas } from './steps/schemas';
import { renderAuth } from './steps/auth';
import { renderErrors } from './steps/errors';
import { renderReview } from './steps/review';
import { renderGenerate } from './steps/generate';

const RENDER: Record<Step, (ctx: StepContext) => HTMLElement> = { start: renderStart, resources: renderResources, schemas: renderSchemas, auth: renderAuth, errors: renderErrors, review: renderReview, generate: renderGenerate };

const local = DraftDesign.safeParse((loadLocal() as { draft?: unknown } | undefined)?.draft);
let step: Step = 'start';
let notice = '';
let error = '';
const ctx: StepContext = {
  draft: local.success ? local.data : emptyDraft(),
  dbModels: [],
  trusted: false,
  reviewed: false,
  preview: undefined as Preview | undefined,
  changed(rerender = false, focus?: FocusTarget) {
    ctx.reviewed = false;
    saveLocal({ draft: ctx.draft, step });
    send({ type: 'draftChanged', draft: ctx.draft, step });
    if (rerender) render(focus);
  },
};

function go(next: Step, focus?: FocusTarget): void {
  step = next;
  // Every edit has already sent the draft; sending it again here could overwrite a draft the host has changed since (an answered question).
  send({ type: 'stepChanged', step });
  if (next === 'review') {
    // The last review may describe an older draft: show none until the new one arrives, so nothing stale passes for current.
    ctx.preview = undefined;
    send({ type: 'requestPreview' });
  }
  render(focus);
}

const app = document.getElementById('app') ?? document.body;
const nav = el('nav');
nav.setAttribute('aria-label', 'Wizard steps');
// Live regions exist before their text changes, so screen readers announce the change.
const status = el('p', '', 'notice');
status.setAttribute('role', 'status');
const alert = el('p', '', 'error');
alert.setAttribute('role', 'alert');
const current = el('div', undefined, 'step');
app.replaceChildren(el('h2', 'API Designer', 'designer-title'), nav, status, alert, current);
// Busy until the host's state arrives: until then the page shows the copy the webview kept.
app.setAttribute('aria-busy', 'true');

function render(focus?: FocusTarget): void {
  const remembered = rememberFocus(app);
  renderNav(nav, step, (s) => go(s));
  if (status.textContent !== notice) status.textContent = notice;
  if (alert.textContent !== error) alert.textContent = error;
  current.replaceChildren(RENDER[step](ctx), stepFooter(step, (s) => go(s, 'heading')));
  restoreFocus(app, remembered, focus);
}

onHostMessage((m) => {
  if (m.type === 'state') {
    ctx.draft = m.draft;
    ctx.dbModels = m.dbModels;
    ctx.trusted = m.trusted;
    ctx.reviewed = m.reviewed;
    // A state without a notice (a review the Review panel asked for after Generate) keeps the one shown on this step.
    notice = m.notice ?? (m.step === step ? notice : '');
    step = m.step;
    error = '';
    saveLocal({ draft: ctx.draft, step });
    app.removeAttribute('aria-busy');
  } else if (m.type === 'preview') {
    ctx.preview = m;
  } else if (m.type === 'generated') {
    notice = m.files.length ? `Wrote ${m.files.join(', ')}.` : 'Nothing to write.';
  } else if (m.type === 'error') {
    error = m.message;
  }
  render();
});

render();
send({ type: 'ready' });
