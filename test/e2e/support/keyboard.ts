// Driving the API Designer with the keyboard only: key presses go to whatever
// has focus (no clicks), and every move is checked against the accessibility
// tree: the expected control has focus and shows a focus indicator.
import * as assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { focusedControl, focusIndicators, type AxControl } from './accessibility';

export interface KeyboardDriver {
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** Waits until the control `role` named `name` has focus, then asserts it shows a focus indicator. */
  expectFocus(role: string, name: string | RegExp): Promise<void>;
  /** Presses `key` (Tab by default) until the control named `name` has focus, at most `max` times; every control passed on the way must show a focus indicator too. */
  moveTo(role: string, name: string | RegExp, key?: string, max?: number): Promise<void>;
}

const matches = (c: AxControl | undefined, role: string, name: string | RegExp): boolean =>
  c !== undefined && c.role === role && (typeof name === 'string' ? c.name === name : name.test(c.name));

const show = (c: AxControl | undefined): string => (c ? `${c.role} "${c.name}"` : 'nothing in the webview');

export function keyboardDriver(page: Page, frame: () => Promise<Frame>): KeyboardDriver {
  const focused = async () => focusedControl(page, await frame());

  async function assertIndicator(what: string): Promise<void> {
    const { element, indicators } = await focusIndicators(await frame());
    assert.ok(indicators.length > 0, `${what} has focus (${element}) but shows no outline, border or shadow in the theme's focus colour`);
  }

  return {
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    async expectFocus(role, name) {
      // Focus may move after a render that waits for the host's answer: poll the condition, with a deadline.
      const deadline = Date.now() + 15_000;
      let now = await focused();
      while (!matches(now, role, name) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        now = await focused();
      }
      assert.ok(matches(now, role, name), `expected focus on ${role} "${String(name)}", found ${show(now)}`);
      await assertIndicator(show(now));
    },
    async moveTo(role, name, key = 'Tab', max = 40) {
      const seen: string[] = [];
      for (let i = 0; i < max; i++) {
        await page.keyboard.press(key);
        const now = await focused();
        if (now) await assertIndicator(show(now));
        if (matches(now, role, name)) return;
        seen.push(show(now));
      }
      assert.fail(`${key} did not reach ${role} "${String(name)}" in ${max} presses; focus went to: ${seen.join(', ')}`);
    },
  };
}
