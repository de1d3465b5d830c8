// Keeps keyboard focus where the user is when a render replaces the step's
// DOM. Every control is tagged with a key (data-control, usually its label)
// and every resource, route, schema and field with a group key
// (data-focus-group). After a render focus goes, in this order, to the control
// an edit asked for (the first control of a resource just added, the "Move up"
// button of the route just moved), to the control with the same key at the
// same position, or to the step's heading; never lost to the page's body, so
// a keyboard user does not have to Tab again from the top.

/** Where an edit wants focus after the render: a group (its first control, or the one with key `control`), or the step's heading. */
export type FocusTarget = { group: string; control?: string } | 'heading';

interface Remembered {
  key: string;
  index: number;
}

export function tagControl(el: HTMLElement, key: string): void {
  el.dataset.control = key;
}

export function tagGroup(el: HTMLElement, key: string): void {
  el.dataset.focusGroup = key;
}

function controls(root: ParentNode, key?: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-control]')].filter((e) => key === undefined || e.dataset.control === key);
}

/** The focused control under `root` (by key and position), if the webview has focus there. */
export function rememberFocus(root: HTMLElement): Remembered | undefined {
  const active = document.activeElement;
  if (!document.hasFocus() || !(active instanceof HTMLElement) || !root.contains(active)) return undefined;
  const control = active.closest<HTMLElement>('[data-control]');
  const key = control?.dataset.control;
  if (!control || key === undefined) return { key: '', index: -1 };
  return { key, index: controls(root, key).indexOf(control) };
}

function focusHeading(root: HTMLElement): void {
  // The step's heading in the side bar; the page's own in the Review panel, which has no steps.
  const heading = root.querySelector<HTMLElement>('h3') ?? root.querySelector<HTMLElement>('h1');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}

/** Puts focus back after a render (see the top of this file). */
export function restoreFocus(root: HTMLElement, remembered: Remembered | undefined, request?: FocusTarget): void {
  if (request === 'heading') return focusHeading(root);
  if (request) {
    const group = [...root.querySelectorAll<HTMLElement>('[data-focus-group]')].find((g) => g.dataset.focusGroup === request.group);
    const target = group ? controls(group, request.control)[0] : undefined;
    if (target) return target.focus();
  }
  if (!remembered) return;
  const same = remembered.index >= 0 ? controls(root, remembered.key) : [];
  const target = same[Math.min(remembered.index, same.length - 1)];
  if (target) target.focus();
  else focusHeading(root);
}
