// The colours the Review panel shows under a theme: its text, the coverage
// table's header, the icons of its cells, its links and its primary button,
// beside what the theme's --vscode-* variables say they should be.
import type { Frame, Page } from 'playwright-core';
import { effectiveBackground, parse, type Rgba } from './themes';

export interface PanelColours {
  kind: string;
  background: Rgba;
  foreground: Rgba;
  header: { foreground: Rgba; background: Rgba };
  icon: { ok: Rgba; gap: Rgba; none: Rgba };
  link: Rgba;
  button: { background: Rgba; foreground: Rgba };
  theme: { foreground: Rgba; editorBackground: Rgba; chartsGreen: Rgba; error: Rgba; link: Rgba; buttonBackground: Rgba; buttonForeground: Rgba };
}

export async function panelColours(page: Page, frame: Frame): Promise<PanelColours> {
  const raw = await frame.evaluate(() => {
    const resolve = (name: string) => {
      if (getComputedStyle(document.documentElement).getPropertyValue(name).trim() === '') return 'rgba(0, 0, 0, 0)';
      const probe = document.createElement('div');
      probe.style.color = `var(${name})`;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    const colour = (selector: string) => {
      const e = document.querySelector(selector);
      return e ? getComputedStyle(e).color : undefined;
    };
    // An icon the page may not show (the example has no gaps): a probe with its classes, styled by the panel's stylesheet.
    const iconColour = (mark: string) => {
      const shown = colour(`table.coverage .icon-${mark}`);
      if (shown) return shown;
      const probe = document.createElement('span');
      probe.className = `icon icon-${mark}`;
      document.querySelector('main.review')?.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    const header = document.querySelector('table.coverage thead th');
    const button = document.querySelector('vscode-button:not([appearance="secondary"])');
    return {
      kind: document.body.className,
      own: [document.body, document.documentElement].map((e) => getComputedStyle(e).backgroundColor),
      foreground: getComputedStyle(document.body).color,
      header: { foreground: header ? getComputedStyle(header).color : '', background: header ? getComputedStyle(header).backgroundColor : '' },
      icon: { ok: iconColour('ok'), gap: iconColour('gap'), none: iconColour('none') },
      link: colour('.review a') ?? '',
      button: { background: button ? getComputedStyle(button).backgroundColor : '', foreground: button ? getComputedStyle(button).color : '' },
      theme: {
        foreground: resolve('--vscode-foreground'),
        editorBackground: resolve('--vscode-editor-background'),
        chartsGreen: resolve('--vscode-charts-green'),
        error: resolve('--vscode-errorForeground'),
        link: resolve('--vscode-textLink-foreground'),
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
    header: p(raw.header) as PanelColours['header'],
    icon: p(raw.icon) as PanelColours['icon'],
    link: parse(raw.link),
    button: p(raw.button) as PanelColours['button'],
    theme: p(raw.theme) as PanelColours['theme'],
  };
}
