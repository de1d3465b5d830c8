// What the browser's own accessibility tree says about the API Designer's
// webview: every control in it with its role and accessible name (Chromium's
// computation, through shadow roots, labels, aria-label(ledby) and content),
// the focused one, and whether the focused control shows a focus indicator.
import type { CDPSession, Frame, Page } from 'playwright-core';

/** A node of Chromium's accessibility tree, as far as the tests need it. */
export interface AxControl {
  role: string;
  name: string;
  focusable: boolean;
  focused: boolean;
}

interface RawAxNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  properties?: Array<{ name: string; value: { value?: unknown } }>;
}

/** Roles a user operates; every one of them needs a name. */
const INTERACTIVE = new Set(['button', 'textbox', 'searchbox', 'checkbox', 'radio', 'switch', 'combobox', 'listbox', 'option', 'menuitem', 'tab', 'slider', 'spinbutton', 'link', 'grid', 'gridcell', 'columnheader', 'rowheader', 'DisclosureTriangle']);

/** The webview's inner frame (the one holding the wizard's document). */
export async function designerDocument(page: Page): Promise<Frame> {
  const outer = await (await page.locator('iframe.webview.ready').first().elementHandle())?.contentFrame();
  const inner = await (await outer?.$('#active-frame'))?.contentFrame();
  if (!inner) throw new Error('the API Designer webview frame was not found');
  return inner;
}

let session: { page: Page; cdp: CDPSession } | undefined;

async function cdpFor(page: Page): Promise<CDPSession> {
  if (session?.page !== page) session = { page, cdp: await page.context().newCDPSession(page) };
  return session.cdp;
}

/**
 * Chromium's id of `frame`. The webview frames share the page's renderer, so
 * they are in its frame tree; the inner frame's document is written by its
 * parent, so Chromium may report it under the parent's address: then it is
 * the parent's child.
 */
async function frameId(cdp: CDPSession, frame: Frame): Promise<string> {
  type Tree = { frame: { id: string; url: string }; childFrames?: Tree[] };
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: Tree };
  const find = (t: Tree, url: string): Tree | undefined => (t.frame.url === url ? t : (t.childFrames ?? []).map((c) => find(c, url)).find(Boolean));
  const parentUrl = frame.parentFrame()?.url();
  const node = find(frameTree, frame.url()) ?? (parentUrl ? find(frameTree, parentUrl)?.childFrames?.[0] : undefined);
  if (!node) throw new Error(`no frame with the address ${frame.url()}`);
  return node.frame.id;
}

/** Every interactive or focusable node of the frame's accessibility tree (ignored nodes left out). */
export async function axControls(page: Page, frame: Frame): Promise<AxControl[]> {
  const cdp = await cdpFor(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId: await frameId(cdp, frame) })) as { nodes: RawAxNode[] };
  const prop = (n: RawAxNode, name: string) => n.properties?.find((p) => p.name === name)?.value.value === true;
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({ role: n.role?.value ?? '', name: (n.name?.value ?? '').trim(), focusable: prop(n, 'focusable'), focused: prop(n, 'focused') }))
    .filter((n) => n.role !== 'RootWebArea' && (INTERACTIVE.has(n.role) || n.focusable));
}

/** The controls that have no accessible name, as "role" strings. */
export async function unnamedControls(page: Page, frame: Frame): Promise<{ checked: AxControl[]; unnamed: string[] }> {
  const checked = await axControls(page, frame);
  return { checked, unnamed: checked.filter((c) => c.name === '').map((c) => c.role) };
}

/** The focused node of the frame's accessibility tree (undefined when focus is on the page itself or elsewhere). */
export async function focusedControl(page: Page, frame: Frame): Promise<AxControl | undefined> {
  return (await axControls(page, frame)).find((c) => c.focused);
}

/**
 * Where the focused element (followed into shadow roots) draws a focus
 * indicator: an outline, border or box-shadow in the theme's focus colour
 * (--vscode-focusBorder) on the element, its shadow host chain, or a visible
 * part of its shadow tree (the toolkit draws focus on an inner part).
 * Empty when nothing shows that it has focus.
 */
export async function focusIndicators(frame: Frame): Promise<{ element: string; indicators: string[] }> {
  return frame.evaluate(() => {
    const chain: Element[] = [];
    for (let e: Element | null | undefined = document.activeElement; e; e = e.shadowRoot?.activeElement) chain.push(e);
    const parts = new Set<Element>(chain);
    for (const e of chain) for (const x of e.shadowRoot?.querySelectorAll('*') ?? []) parts.add(x);
    const probe = document.createElement('div');
    probe.style.color = 'var(--vscode-focusBorder)';
    document.body.append(probe);
    const focus = getComputedStyle(probe).color;
    probe.remove();
    const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.classList.length ? '.' + [...e.classList].join('.') : ''}`;
    const found: string[] = [];
    for (const e of parts) {
      if (!e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const s = getComputedStyle(e);
      if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor === focus) found.push(`${describe(e)} outline`);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        if (s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) > 0 && s[`border${side}Color`] === focus) found.push(`${describe(e)} border-${side.toLowerCase()}`);
      }
      if (s.boxShadow !== 'none' && s.boxShadow.includes(focus)) found.push(`${describe(e)} box-shadow`);
    }
    return { element: chain.map(describe).join(' > ') || 'nothing', indicators: [...new Set(found)] };
  });
}
