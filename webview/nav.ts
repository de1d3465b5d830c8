// The step navigation, built as a toolbar: one Tab stop (the current step),
// the arrow keys, Home and End move between the steps and Enter or Space
// opens one, so the step's controls are one Tab away from the navigation.
import { STEPS, type Step } from '../src/protocol/designerProtocol';
import { button } from './toolkit';
import { el } from './ui';

export const STEP_TITLES: Record<Step, string> = { start: 'Start', resources: 'Resources & Routes', schemas: 'Schemas', auth: 'Auth', errors: 'Errors', review: 'Review', generate: 'Generate' };

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** Fills `nav` with one button per step; `go` opens a step. */
export function renderNav(nav: HTMLElement, current: Step, go: (step: Step) => void): void {
  const bar = el('div', undefined, 'steps');
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Wizard steps');
  const buttons = STEPS.map((s) => {
    const b = button(STEP_TITLES[s], () => go(s), s !== current, `nav:${s}`);
    if (s === current) b.setAttribute('aria-current', 'step');
    b.tabIndex = s === current ? 0 : -1;
    return b;
  });
  bar.addEventListener('keydown', (event) => {
    const move = MOVES[event.key];
    const at = buttons.findIndex((b) => b === document.activeElement);
    if (!move || at < 0) return;
    event.preventDefault();
    const next = buttons[move(at, buttons.length)];
    if (!next) return;
    for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
    next.focus();
  });
  bar.append(...buttons);
  nav.replaceChildren(bar);
}

/** "Back" and "Next" below a step; they move focus to the new step's heading. */
export function stepFooter(current: Step, go: (step: Step) => void): HTMLElement {
  const row = el('div', undefined, 'row step-footer');
  const at = STEPS.indexOf(current);
  const back = STEPS[at - 1];
  const next = STEPS[at + 1];
  if (back) row.append(button(`Back: ${STEP_TITLES[back]}`, () => go(back), true, 'footer:back'));
  if (next) row.append(button(`Next: ${STEP_TITLES[next]}`, () => go(next), false, 'footer:next'));
  return row;
}
