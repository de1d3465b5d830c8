// Colour themes in the workbench and the colours the API Designer's webview
// shows under them: the theme is picked with "Preferences: Color Theme" as a
// user would, and colours are read as the browser computes them.
import type { Frame, Page } from 'playwright-core';
import type { Workbench } from './workbench';

export type Rgba = [number, number, number, number];

/** The colours the webview shows, and what the theme's variables say they should be. */
export interface DesignerColours {
  kind: string;
  /** What shows behind the text: the body's background, or (when transparent) what is under the webview in the workbench. */
  background: Rgba;
  foreground: Rgba;
  input: { background: Rgba; foreground: Rgba; border: Rgba };
  button: { background: Rgba; foreground: Rgba };
  /** How the current step's button differs from the others without colour. */
  currentStep: { weight: number; otherWeight: number; outline: string };
  /** The theme's --vscode-* variables, resolved (transparent when the theme leaves one unset). */
  theme: { foreground: Rgba; inputBackground: Rgba; inputForeground: Rgba; buttonBackground: Rgba; buttonForeground: Rgba };
}

/** Picks `label` (as the theme picker lists it, e.g. "Dark Modern") and waits until the webview's body has the theme's `kind` class. */
export async function pickColorTheme(wb: Workbench, frame: Frame, label: string, kind: string): Promise<void> {
  await wb.runCommand('Preferences: Color Theme');
  const input = wb.page.locator('.quick-input-widget input');
  await input.fill(label);
  const row = wb.page.locator('.quick-input-widget .monaco-list-row').filter({ has: wb.page.getByText(label, { exact: true }) }).first();
  await row.click();
  await frame.waitForFunction((k) => document.body.classList.contains(k), kind, { timeout: 30_000 });
}

export const parse = (css: string): Rgba => {
  const n = (css.match(/[\d.]+/g) ?? []).map(Number);
  return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
};

/** `top` painted over `bottom` (alpha blending). */
export const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
};

/** The background under the webview's content: its own layers, then the workbench's elements under the webview's frame, painted in order. */
export async function effectiveBackground(page: Page, frame: Frame, own: string[]): Promise<Rgba> {
  const outer = frame.parentFrame();
  const outerLayers = outer ? await outer.evaluate(() => [document.body, document.documentElement].map((e) => getComputedStyle(e).backgroundColor)) : [];
  // The box of this webview's own iframe (the side bar's or the Review panel's).
  const box = (await (await outer?.frameElement())?.boundingBox()) ?? (await page.locator('iframe.webview.ready').first().boundingBox());
  const under = box
    ? await page.evaluate(({ x, y }) => document.elementsFromPoint(x, y).map((e) => getComputedStyle(e).backgroundColor), { x: box.x + box.width / 2, y: box.y + box.height - 4 })
    : [];
  const layers = [...own, ...outerLayers, ...under].map(parse);
  const opaque = layers.findIndex((c) => c[3] >= 1);
  const stack = opaque >= 0 ? layers.slice(0, opaque + 1) : [...layers, [255, 255, 255, 1] as Rgba];
  return stack.reduceRight<Rgba>((below, c) => over(c, below), [255, 255, 255, 1]);
}

/** Reads the webview's colours (the first text field and primary button of the current step). */
export async function designerColours(page: Page, frame: Frame): Promise<DesignerColours> {
  const raw = await frame.evaluate(() => {
    // A variable the theme leaves unset (high-contrast themes have no button background) is transparent.
    const resolve = (name: string) => {
      if (getComputedStyle(document.documentElement).getPropertyValue(name).trim() === '') return 'rgba(0, 0, 0, 0)';
      const probe = document.createElement('div');
      probe.style.color = `var(${name})`;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    const style = (e: Element | null | undefined) => (e ? getComputedStyle(e) : undefined);
    const field = document.querySelector('vscode-text-field');
    const root = style(field?.shadowRoot?.querySelector('.root'));
    const control = style(field?.shadowRoot?.querySelector('input'));
    const button = style(document.querySelector('.step vscode-button:not([appearance="secondary"])'));
    const current = style(document.querySelector('nav vscode-button[aria-current="step"]'));
    const other = style(document.querySelector('nav vscode-button:not([aria-current])'));
    return {
      kind: document.body.className,
      own: [document.body, document.documentElement].map((e) => getComputedStyle(e).backgroundColor),
      foreground: getComputedStyle(document.body).color,
      input: { background: root?.backgroundColor ?? '', foreground: control?.color ?? '', border: root?.borderTopColor ?? '' },
      button: { background: button?.backgroundColor ?? '', foreground: button?.color ?? '' },
      currentStep: { weight: Number(current?.fontWeight), otherWeight: Number(other?.fontWeight), outline: current?.outlineStyle ?? '' },
      theme: {
        foreground: resolve('--vscode-foreground'),
        inputBackground: resolve('--vscode-input-background'),
        inputForeground: resolve('--vscode-input-foreground'),
        buttonBackground: resolve('--vscode-button-background'),
        buttonForeground: resolve('--vscode-button-foreground'),
      },
    };
  });
  const p = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, parse(v)]));
  return {
    kind: raw.kind,
    background: await effectiveBackground(page, frame, raw.own),
    foreground: parse(raw.foreground),
    input: p(raw.input) as DesignerColours['input'],
    button: p(raw.button) as DesignerColours['button'],
    currentStep: raw.currentStep,
    theme: p(raw.theme) as DesignerColours['theme'],
  };
}

/** WCAG relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of `fg` (blended over `bg` when translucent) against `bg`. */
export function contrast(fg: Rgba, bg: Rgba): number {
  const [a, b] = [luminance(over(fg, bg)), luminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export const css = ([r, g, b, a]: Rgba): string => `rgba(${r.toFixed(0)}, ${g.toFixed(0)}, ${b.toFixed(0)}, ${a})`;
