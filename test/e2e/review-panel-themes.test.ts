// The Review panel in light, dark and high-contrast colour themes, in a real
// browser: its text, the coverage table's sticky header, the cells' icons,
// its links and its buttons take the theme's colours and stay readable.
import * as assert from 'node:assert/strict';
import { useWorkbench } from './support/hooks';
import { contrast, css, luminance, over, pickColorTheme } from './support/themes';
import { panelColours, type PanelColours } from './support/panelColours';
import { importExampleAndChangeTasks } from './support/designerSetup';
import { reviewDocument } from './support/reviewPanel';

const THEMES = [
  { label: 'Light Modern', kind: 'vscode-light', minContrast: 4.5 },
  { label: 'Dark Modern', kind: 'vscode-dark', minContrast: 4.5 },
  { label: 'Dark High Contrast', kind: 'vscode-high-contrast', minContrast: 7 },
  { label: 'Light High Contrast', kind: 'vscode-high-contrast-light', minContrast: 7 },
];

describe('API Review panel in light, dark and high-contrast themes', function () {
  this.timeout(180_000);
  const workbench = useWorkbench();
  const seen = new Map<string, PanelColours>();

  before(async function () {
    this.timeout(150_000);
    const wb = workbench();
    await importExampleAndChangeTasks(wb);
    await wb.designerFrame().getByRole('button', { name: 'Open Review', exact: true }).click();
    const review = await reviewDocument(wb.page);
    // Generated, so the panel shows links (the written files, the Problems panel) as well as the table.
    await review.locator('vscode-button:not([disabled])', { hasText: 'Generate specs' }).click();
    await review.getByRole('link', { name: 'Open the Problems panel' }).waitFor({ timeout: 30_000 });
    await review.locator('table.coverage tbody th.route').first().waitFor({ timeout: 30_000 });
  });

  for (const theme of THEMES) {
    it(`takes the colours of ${theme.label}`, async () => {
      const wb = workbench();
      const review = await reviewDocument(wb.page);
      await pickColorTheme(wb, review, theme.label, theme.kind);
      const c = await panelColours(wb.page, review);
      seen.set(theme.label, c);
      await wb.screenshot(`review-panel-theme-${theme.label.toLowerCase().replace(/\s+/g, '-')}`);

      assert.ok(c.kind.split(' ').includes(theme.kind), `the panel's body has the class ${theme.kind} (has ${c.kind})`);
      assert.deepEqual(c.foreground, c.theme.foreground, 'the text has the theme foreground');
      const text = contrast(c.foreground, c.background);
      assert.ok(text >= theme.minContrast, `text ${css(c.foreground)} on ${css(c.background)}: contrast ${text.toFixed(2)} is below ${theme.minContrast}`);
      // The sticky header covers the rows scrolling under it, so it is painted in the editor's background.
      assert.deepEqual(c.header.background, c.theme.editorBackground, 'the table header has the editor background');
      const header = contrast(c.header.foreground, over(c.header.background, c.background));
      assert.ok(header >= theme.minContrast, `header ${css(c.header.foreground)}: contrast ${header.toFixed(2)} is below ${theme.minContrast}`);
      if (c.theme.chartsGreen[3] > 0) assert.deepEqual(c.icon.ok, c.theme.chartsGreen, 'a check that passes has the theme\'s green');
      assert.deepEqual(c.icon.gap, c.theme.error, 'a gap has the theme\'s error colour');
      for (const [what, icon] of Object.entries(c.icon)) {
        const ratio = contrast(icon, c.background);
        assert.ok(ratio >= 3, `the ${what} icon ${css(icon)} on ${css(c.background)}: contrast ${ratio.toFixed(2)} is below 3`);
      }
      assert.deepEqual(c.link, c.theme.link, 'links have the theme link colour');
      const link = contrast(c.link, c.background);
      assert.ok(link >= 4.5, `link ${css(c.link)}: contrast ${link.toFixed(2)} is below 4.5`);
      assert.deepEqual(c.button.background, c.theme.buttonBackground, 'buttons have the theme button background');
      assert.deepEqual(c.button.foreground, c.theme.buttonForeground, 'buttons have the theme button foreground');
    });
  }

  it('looks light in the light themes and dark in the dark ones', () => {
    const [light, dark, hc, hcLight] = THEMES.map((t) => seen.get(t.label));
    assert.ok(light && dark && hc && hcLight, 'every theme was measured');
    assert.ok(luminance(light.background) > 0.5 && luminance(hcLight.background) > 0.5, 'light backgrounds are light');
    assert.ok(luminance(dark.background) < 0.1 && luminance(hc.background) < 0.1, 'dark backgrounds are dark');
    assert.notDeepEqual(light.header.background, dark.header.background, 'the table header changes with the theme');
  });
});
