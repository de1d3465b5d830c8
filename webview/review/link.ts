// A link that asks the host to show something (a file, a step, the Problems
// panel): an anchor, so it is a link to screen readers and opens with Enter.
import { el } from '../ui';
import { tagControl } from '../focus';

export function link(text: string, onOpen: () => void): HTMLAnchorElement {
  const a = el('a', text);
  a.href = '#';
  tagControl(a, text);
  a.addEventListener('click', (event) => {
    event.preventDefault();
    onOpen();
  });
  return a;
}
