// Small DOM helpers shared by the steps: headings, sections, and a field
// validated as the user types with the core model's zod schemas, its error
// shown beside it in words that say what to write.
import type { z } from 'zod';
import { textField } from './toolkit';
import { fieldError } from './fieldCheck';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/**
 * A text field checked with `schema` on every keystroke; `set` is called with
 * the text either way. An `optional` field may be left empty (its setter
 * deletes the property, see `optional` below).
 */
export function checkedField(label: string, value: string, schema: z.ZodType, set: (value: string) => void, optional = false): HTMLElement {
  const wrap = el('div', undefined, 'field');
  const error = el('div', undefined, 'field-error');
  error.setAttribute('role', 'alert');
  const show = (v: string) => {
    error.textContent = fieldError(schema, v, optional);
    // The toolkit passes aria-invalid on to its inner input, so the field is announced as invalid.
    input.setAttribute('aria-invalid', error.textContent === '' ? 'false' : 'true');
  };
  const input = textField(label, value, (v) => {
    show(v);
    set(v);
  });
  show(value);
  wrap.append(input, error);
  return wrap;
}

/**
 * An element showing a route or path, with a line-break opportunity after each
 * "/": a long path in a narrow side bar wraps between its segments instead of
 * sticking out (or being broken inside a segment).
 */
export function pathText<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
  const e = el(tag);
  text.split('/').forEach((part, i, all) => {
    e.append(document.createTextNode(i < all.length - 1 ? `${part}/` : part));
    if (i < all.length - 1) e.append(document.createElement('wbr'));
  });
  return e;
}

/** An optional text: empty means unset. */
export const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v);
