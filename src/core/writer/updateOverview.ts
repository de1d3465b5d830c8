// The README and the errors file: design-wide sections (`## Authentication`,
// `## Resources`, `## Routes`, `## Error schema`, ...) are replaced one by
// one when the writer's text for them changed between the old and the new
// design; the head (title, description, base path) part by part.
import type { ApiDesign } from '../model';
import { parseMarkdown, offsets, plainText } from '../reader';
import type { FilePlan } from './filePlan';

interface Section {
  name: string;
  from: number;
  to: number;
}

const trimEnd = (text: string, from: number, to: number): number => {
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return to;
};

// The same few texts (the writer's README and errors file, the file on disk)
// are split several times while one plan is made; a few recent splits are kept.
const recent = new Map<string, Section[]>();

/** `## ` sections of a text, by lower-cased heading; the part before the first is named ''. */
function sections(text: string): Section[] {
  const known = recent.get(text);
  if (known) return known;
  const out = split(text);
  if (recent.size >= 8) recent.delete(recent.keys().next().value as string);
  recent.set(text, out);
  return out;
}

function split(text: string): Section[] {
  const out: Section[] = [];
  let current: Section = { name: '', from: 0, to: text.length };
  for (const node of parseMarkdown(text).children) {
    if (node.type !== 'heading' || node.depth > 2) continue;
    const [a] = offsets(node);
    if (node.depth === 1 && current.name === '') continue;
    current.to = trimEnd(text, current.from, a);
    out.push(current);
    current = { name: plainText(node).trim().toLowerCase(), from: a, to: text.length };
  }
  current.to = trimEnd(text, current.from, text.length);
  out.push(current);
  return out;
}

const textOf = (text: string, s: Section | undefined): string | undefined => (s ? text.slice(s.from, s.to) : undefined);

/**
 * Replaces, inserts or removes each `## ` section whose generated text
 * differs between `oldGen` and `newGen`; `skip` names sections handled
 * elsewhere, `keepOut` sections not added to a file whose author removed them.
 */
export function planSections(plan: FilePlan, oldGen: string, newGen: string, skip: string[], keepOut: string[] = []): void {
  if (oldGen === newGen) return;
  const before = sections(oldGen);
  const after = sections(newGen);
  const inFile = sections(plan.text);
  const find = (list: Section[], name: string) => list.find((s) => s.name === name);
  const names = [...new Set([...after.map((s) => s.name), ...before.map((s) => s.name)])].filter((n) => n !== '' && !skip.includes(n));
  for (const name of names) {
    const o = textOf(oldGen, find(before, name));
    const n = textOf(newGen, find(after, name));
    if (o === n) continue;
    const here = find(inFile, name);
    if (here && plan.covers(here.from, here.to)) continue;
    // A section the writer would have made but the file's author left out stays out.
    if (!here && o !== undefined && keepOut.includes(name)) continue;
    if (here && n !== undefined) plan.replace(here.from, here.to, n);
    else if (here) plan.remove(here.from, here.to);
    else if (n !== undefined) {
      // Beside the nearest section before it (in the writer's order) that the file has.
      const order = after.map((s) => s.name);
      const prev = order.slice(0, order.indexOf(name)).reverse().map((x) => find(inFile, x)).find((s) => s !== undefined && (s.name !== '' || s.to > 0));
      const next = order.slice(order.indexOf(name) + 1).map((x) => find(inFile, x)).find((s) => s !== undefined);
      if (prev && prev.name !== '') plan.insertAfter(prev.to, n);
      else if (next) plan.insertBefore(next.from, n);
      else if (prev) plan.insertAfter(prev.to, n);
      else plan.append(n);
    }
  }
}

/** The README's head: title heading, description paragraph, base path paragraph. */
export function planReadmeHead(plan: FilePlan, oldGen: string, newGen: string, old: ApiDesign, now: ApiDesign): void {
  const o = textOf(oldGen, sections(oldGen)[0]);
  const n = textOf(newGen, sections(newGen)[0]);
  if (o === n || n === undefined) return;
  const head = sections(plan.text)[0];
  if (!head) return;
  // A head still as the writer made it is replaced whole.
  if (textOf(plan.text, head)?.replace(/\r\n/g, '\n') === o) return plan.replace(head.from, head.to, n);
  const nodes = parseMarkdown(plan.text).children.filter((x) => offsets(x)[1] <= head.to);
  const newNodes = parseMarkdown(n).children;
  const newBase = newNodes.find((x) => x.type === 'paragraph' && /^Base path: /.test(plainText(x)));
  const newDesc = now.description === undefined ? undefined : newNodes.find((x) => x.type === 'paragraph' && x !== newBase);
  const slice = (x: (typeof newNodes)[number] | undefined) => (x ? n.slice(...offsets(x)) : undefined);
  const title = nodes.find((x) => x.type === 'heading' && x.depth === 1);
  if (old.title !== now.title) {
    if (title) plan.replace(...offsets(title), `# ${now.title}`);
    else plan.insertBefore(0, `# ${now.title}`);
  }
  const base = nodes.find((x) => x.type === 'paragraph' && /Base path: /.test(plainText(x)));
  const desc = old.description === undefined ? undefined : nodes.find((x) => x.type === 'paragraph' && x !== base);
  const combined = base !== undefined && !/^Base path: /.test(plainText(base));
  if (combined && (old.description !== now.description || old.basePath !== now.basePath)) {
    plan.replace(...offsets(base), [slice(newDesc), slice(newBase)].filter((x) => x !== undefined).join('\n\n'));
    return;
  }
  if (old.description !== now.description) {
    const text = slice(newDesc);
    if (desc && text !== undefined) plan.replace(...offsets(desc), text);
    else if (desc) plan.remove(...offsets(desc));
    else if (text !== undefined) {
      if (title) plan.insertAfter(offsets(title)[1], text);
      else if (base) plan.insertBefore(offsets(base)[0], text);
      else plan.insertBefore(0, text);
    }
  }
  if (old.basePath !== now.basePath) {
    const text = slice(newBase) ?? '';
    if (base) plan.replace(...offsets(base), text);
    else if (desc) plan.insertAfter(offsets(desc)[1], text);
    else if (title) plan.insertAfter(offsets(title)[1], text);
    else plan.insertBefore(0, text);
  }
}
