// Layout checks in a webview's document, read from the DOM: elements whose
// content is wider than their box (it overflows or is cut), and words the
// browser broke across lines (a word whose text spans more than one line box).
import type { Frame } from 'playwright-core';

export interface LayoutFault {
  element: string;
  text: string;
  detail: string;
}

/**
 * Elements under `selector` (every one when `'*'`) whose scrollWidth exceeds
 * their clientWidth, except scroll containers (overflow auto or scroll), which
 * scroll on purpose; and every word under them laid out on more than one line.
 */
export async function layoutFaults(frame: Frame, selector = 'body *'): Promise<{ overflowing: LayoutFault[]; brokenWords: LayoutFault[]; checked: number }> {
  return frame.evaluate((sel) => {
    const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? '.' + [...e.classList].join('.') : ''}`;
    const text = (e: Element) => (e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80);
    const elements = [...document.querySelectorAll(sel)].filter((e) => e instanceof HTMLElement && e.checkVisibility());
    const overflowing = [];
    for (const e of elements as HTMLElement[]) {
      const s = getComputedStyle(e);
      if (['auto', 'scroll'].includes(s.overflowX) || s.position === 'absolute' || e.closest('.sr-only')) continue;
      if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0) overflowing.push({ element: describe(e), text: text(e), detail: `scrollWidth ${e.scrollWidth} > clientWidth ${e.clientWidth}` });
      // Which element sticks out, not only which ancestors it makes overflow.
      const parent = e.parentElement;
      if (parent && !['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) {
        const [box, outer] = [e.getBoundingClientRect(), parent.getBoundingClientRect()];
        if (box.right > outer.right + 1 && box.width > 0) overflowing.push({ element: describe(e), text: text(e), detail: `sticks out of ${describe(parent)} by ${Math.round(box.right - outer.right)} px` });
      }
    }
    const brokenWords = [];
    const roots = [...new Set(elements.map((e) => e))];
    const seen = new Set<Node>();
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (seen.has(node)) continue;
        seen.add(node);
        const parent = node.parentElement;
        if (!parent || !parent.checkVisibility() || parent.closest('.sr-only')) continue;
        // A word ends at a space or after a "/": a path is a list of words (its segments), so it may wrap between them.
        for (const m of (node.textContent ?? '').matchAll(/[^\s/]+\/?|\/+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) brokenWords.push({ element: describe(parent), text: m[0], detail: `laid out on ${tops.size} lines` });
        }
      }
    }
    return { overflowing, brokenWords, checked: elements.length };
  }, selector);
}

/**
 * Waits until the frame's layout stops changing: the size of every element
 * under `selector` is the same over two animation frames (the toolkit's
 * controls draw after they are attached).
 */
export async function waitForStableLayout(frame: Frame, selector = 'body *', timeoutMs = 10_000): Promise<void> {
  await frame.waitForFunction(
    (sel) =>
      new Promise<boolean>((resolve) => {
        const sizes = () => Array.from(document.querySelectorAll(sel), (e) => `${(e as HTMLElement).offsetWidth}x${(e as HTMLElement).offsetHeight}`).join(',');
        const before = sizes();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(sizes() === before)));
      }),
    selector,
    { timeout: timeoutMs },
  );
}
