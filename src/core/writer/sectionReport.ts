// What a write changed, section by section: a section is a heading line and
// the text up to the next heading (outside code fences); the text before the
// first heading is the file's head. Computed from the text before and after,
// so the report cannot claim less than what changed.

import { headingLine } from '../references';

export interface SectionChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The sections of a markdown text, keyed by heading (repeats numbered), with their text. */
export function sections(text: string): Array<{ key: string; text: string }> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: Array<{ key: string; text: string[] }> = [{ key: '(head)', text: [] }];
  const seen = new Map<string, number>();
  let fence: string | undefined;
  for (const line of lines) {
    const f = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (f && f[0] === fence[0] && f.length >= fence.length && line.trim() === f) fence = undefined;
    } else if (f) fence = f;
    else {
      const h = headingLine(line);
      if (h) {
        const title = `${'#'.repeat(h.level)} ${h.text}`;
        const n = (seen.get(title) ?? 0) + 1;
        seen.set(title, n);
        out.push({ key: n === 1 ? title : `${title} (${n})`, text: [] });
      }
    }
    out[out.length - 1]?.text.push(line);
  }
  return out.map((s) => ({ key: s.key, text: s.text.join('\n').replace(/\n+$/, '') }));
}

/** The sections `after` adds, changes and removes against `before`, in file order. */
export function sectionChanges(before: string, after: string): SectionChanges {
  const a = sections(before);
  const b = sections(after);
  const old = new Map(a.map((s) => [s.key, s.text] as const));
  const now = new Map(b.map((s) => [s.key, s.text] as const));
  const nonEmpty = (key: string, text: string | undefined) => key !== '(head)' || (text ?? '') !== '';
  return {
    added: b.filter((s) => !old.has(s.key) && nonEmpty(s.key, s.text)).map((s) => s.key),
    changed: b.filter((s) => old.has(s.key) && old.get(s.key) !== s.text).map((s) => s.key),
    removed: a.filter((s) => !now.has(s.key) && nonEmpty(s.key, s.text)).map((s) => s.key),
  };
}
