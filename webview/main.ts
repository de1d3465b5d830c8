// The API Designer's browser entry point: the step navigation, the draft
// (mirrored to the host on every edit and to getState/setState), and the
// rendering of the current step.
import { emptyDraft } from '../src/core/designer/draft';
import { DraftDesign, STEPS, type Step } from '../src/protocol/designerProtocol';
import { button } from './toolkit';
import { el } from './ui';
import { loadLocal, onHostMessage, saveLocal, send } from './messaging';
import type { Preview, StepContext } from './context';
import { renderStart } from './steps/start';
import { renderResources } from './steps/resources';
import { renderSchemas } from './steps/schemas';
import { renderAuth } from './steps/auth';
import { renderErrors } from './steps/errors';
import { renderReview } from './steps/review';
import { renderGenerate } from './steps/generate';

const TITLES: Record<Step, string> = { start: 'Start', resources: 'Resources & Routes', schemas: 'Schemas', auth: 'Auth', errors: 'Errors', review: 'Review', generate: 'Generate' };
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
  changed(rerender = false) {
    ctx.reviewed = false;
    saveLocal({ draft: ctx.draft, step });
    send({ type: 'draftChanged', draft: ctx.draft, step });
    if (rerender) render();
  },
};

function go(next: Step): void {
  step = next;
  send({ type: 'draftChanged', draft: ctx.draft, step });
  if (next === 'review') send({ type: 'requestPreview' });
  render();
}

function render(): void {
  const app = document.getElementById('app');
  if (!app) return;
  const navHadFocus = document.activeElement?.closest('nav') !== null && document.activeElement !== document.body;
  app.replaceChildren();
  app.append(el('h2', 'API Designer', 'designer-title'));
  const nav = el('nav');
  nav.setAttribute('aria-label', 'Wizard steps');
  for (const s of STEPS) {
    const b = button(TITLES[s], () => go(s), s !== step);
    if (s === step) b.setAttribute('aria-current', 'step');
    nav.append(b);
  }
  app.append(nav);
  if (notice) app.append(el('p', notice, 'notice'));
  if (error) {
    const e = el('p', error, 'error');
    e.setAttribute('role', 'alert');
    app.append(e);
  }
  app.append(RENDER[step](ctx));
  // Moving between steps from the keyboard keeps focus on the step navigation.
  if (navHadFocus) (nav.querySelector('[aria-current="step"]') as HTMLElement | null)?.focus();
}

onHostMessage((m) => {
  if (m.type === 'state') {
    ctx.draft = m.draft;
    ctx.dbModels = m.dbModels;
    ctx.trusted = m.trusted;
    ctx.reviewed = m.reviewed;
    step = m.step;
    notice = m.notice ?? '';
    error = '';
    saveLocal({ draft: ctx.draft, step });
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
