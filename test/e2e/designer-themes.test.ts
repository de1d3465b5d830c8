// The API Designer in light, dark and high-contrast colour themes, in a real
// browser: the webview's text, fields and buttons take the theme's colours
// (its --vscode-* variables), the text stays readable against what is behind
// it, and a screenshot per theme is saved under test-results/.
import * as assert from 'node:assert/strict';
import { useWorkbench } from './support/hooks';
import { designerDocument } from './support/accessibility';
import { contrast, css, designerColours, luminance, over, pickColorTheme, type DesignerColours } from './support/themes';

// Labels as the theme picker lists them (ids "Default Light Modern", "Default Dark Modern", "Default High Contrast", "Default High Contrast Light").
const THEMES = [
  { label: 'Light Modern', kind: 'vscode-light', minContrast: 4.5 },
  { label: 'Dark Modern', kind: 'vscode-dark', minContrast: 4.5 },
  { label: 'Dark High Contrast', kind: 'vscode-high-contrast', minContrast: 7 },
  { label: 'Light High Contrast', kind: 'vscode-high-contrast-light', minContrast: 7 },
];

describe('API Designer in light, dark and high-contrast themes', function () {
  this.timeout(180_000);
  const workbench = useWorkbench();
  const seen = new Map<string, DesignerColours>();

  before(async function () {
    this.timeout(120_000);
    const wb = workbench();
    await wb.runCommand('Spec Architect: Design API');
    const frame = wb.designerFrame();
    await frame.getByRole('heading', { name: 'API Designer' }).waitFor({ timeout: 60_000 });
    // The imported example fills Resources & Routes with fields, checkboxes and buttons.
    await frame.getByRole('button', { name: 'Import specs/api' }).click();
    await frame.getByText(/Imported \d+ file/).waitFor({ timeout: 30_000 });
  });

  for (const theme of THEMES) {
    it(`takes the colours of ${theme.label}`, async () => {
      const wb = workbench();
      const doc = await designerDocument(wb.page);
      await pickColorTheme(wb, doc, theme.label, theme.kind);
      const c = await designerColours(wb.page, doc);
      seen.set(theme.label, c);
      await wb.screenshot(`designer-theme-${theme.label.toLowerCase().replace(/\s+/g, '-')}`);

      assert.ok(c.kind.split(' ').includes(theme.kind), `the webview's body has the class ${theme.kind} (has ${c.kind})`);
      assert.deepEqual(c.foreground, c.theme.foreground, 'the text has the theme foreground');
      assert.deepEqual(c.input.background, c.theme.inputBackground, 'text fields have the theme input background');
      assert.deepEqual(c.input.foreground, c.theme.inputForeground, 'text fields have the theme input foreground');
      assert.deepEqual(c.button.background, c.theme.buttonBackground, 'buttons have the theme button background');
      assert.deepEqual(c.button.foreground, c.theme.buttonForeground, 'buttons have the theme button foreground');
      const text = contrast(c.foreground, c.background);
      assert.ok(text >= theme.minContrast, `text ${css(c.foreground)} on ${css(c.background)}: contrast ${text.toFixed(2)} is below ${theme.minContrast}`);
      const field = contrast(c.input.foreground, over(c.input.background, c.background));
      assert.ok(field >= 4.5, `field text ${css(c.input.foreground)} on ${css(c.input.background)}: contrast ${field.toFixed(2)} is below 4.5`);
      const button = contrast(c.button.foreground, over(c.button.background, c.background));
      assert.ok(button >= 4.5, `button text ${css(c.button.foreground)} on ${css(c.button.background)}: contrast ${button.toFixed(2)} is below 4.5`);
      assert.ok(c.currentStep.weight > c.currentStep.otherWeight, 'the current step is bold, not only coloured');
      if (theme.kind.startsWith('vscode-high-contrast')) {
        // High-contrast themes outline every field (WCAG non-text contrast, 3:1), and the current step like the workbench's active items.
        const border = contrast(c.input.border, c.background);
        assert.ok(border >= 3, `field border ${css(c.input.border)} on ${css(c.background)}: contrast ${border.toFixed(2)} is below 3`);
        assert.equal(c.currentStep.outline, 'dashed', 'the current step is outlined');
      }
    });
  }

  it('looks light in the light themes and dark in the dark ones', () => {
    const [light, dark, hc, hcLight] = THEMES.map((t) => seen.get(t.label));
    assert.ok(light && dark && hc && hcLight, 'every theme was measured');
    assert.ok(luminance(light.background) > 0.5 && luminance(hcLight.background) > 0.5, 'light backgrounds are light');
    assert.ok(luminance(dark.background) < 0.1 && luminance(hc.background) < 0.1, 'dark backgrounds are dark');
    assert.ok(luminance(light.foreground) < luminance(light.background) && luminance(dark.foreground) > luminance(dark.background), 'text is darker than the background in light themes, lighter in dark ones');
    assert.notDeepEqual(light.input.background, dark.input.background, 'text fields change with the theme');
  });
});
