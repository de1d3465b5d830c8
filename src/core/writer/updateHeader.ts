// The head of a resource file: its `# Title API` heading, the ownership and
// `Auth:` lines, and the description paragraph. Each is located in the file
// and replaced, inserted or removed on its own when its model changed.
import type { ApiDesign, Resource } from '../model';
import { parseMarkdown, offsets, plainText } from '../reader';
import type { FilePlan } from './filePlan';
import { ownershipLine, resourceHeading } from './resourceFile';
import { paragraph, stringify } from './markdown';
import { inline } from './inline';

interface Head {
  title?: [number, number];
  ownership?: [number, number];
  authRef?: [number, number];
  description?: [number, number];
  /** The plain text of every prose paragraph of the head. */
  paragraphs: string[];
}

const OWNERSHIP = /^Rows are (not )?owned by a user/;
const AUTH_REF = /^Auth: @specs\//;

/** Finds the head's parts: everything before the first route (`routesFrom`) and the first section heading. */
function locate(text: string, routesFrom: number): Head {
  const head: Head = { paragraphs: [] };
  for (const node of parseMarkdown(text).children) {
    const [a, b] = offsets(node);
    if (a >= routesFrom) break;
    if (node.type === 'heading') {
      if (node.depth === 1 && !head.title) {
        head.title = [a, b];
        continue;
      }
      break;
    }
    if (node.type !== 'paragraph') continue;
    let special = false;
    let at = a;
    for (const raw of text.slice(a, b).split('\n')) {
      const line = raw.replace(/\r$/, '');
      const start = at + (line.length - line.trimStart().length);
      const end = at + line.trimEnd().length;
      at += raw.length + 1;
      if (OWNERSHIP.test(line.trim())) head.ownership = [start, end];
      else if (AUTH_REF.test(line.trim())) head.authRef = [start, end];
      else continue;
      special = true;
    }
    if (!special && plainText(node).trim() !== '') head.paragraphs.push(plainText(node).replace(/\s+/g, ' ').trim());
    if (!special && !head.description && plainText(node).trim() !== '') head.description = [a, b];
  }
  return head;
}

/** Removes one line of a paragraph; the whole paragraph goes when it was its only line. */
function removeLine(plan: FilePlan, [a, b]: [number, number]): void {
  const t = plan.text;
  const next = t.indexOf('\n', b);
  if (next >= 0 && t.slice(next + 1).split('\n')[0]?.trim()) return plan.replace(t.lastIndexOf('\n', a - 1) + 1, next + 1, '');
  const nl = t.lastIndexOf('\n', a - 1);
  const prevEnd = t[nl - 1] === '\r' ? nl - 1 : nl;
  if (nl > 0 && t.slice(t.lastIndexOf('\n', nl - 1) + 1, nl).trim() !== '') return plan.replace(prevEnd, b, '');
  plan.remove(a, b);
}

/** Plans the head's edits for a resource whose file already exists. */
export function planHeader(plan: FilePlan, routesFrom: number, old: { resource: Resource; design: ApiDesign }, now: { resource: Resource; design: ApiDesign }): void {
  const before = old.resource;
  const after = now.resource;
  const unchanged = before.title === after.title && before.description === after.description && ownershipLine(before) === ownershipLine(after) && old.design.auth.spec === now.design.auth.spec;
  if (unchanged) return;
  const head = locate(plan.text, routesFrom);
  if (before.title !== after.title) {
    if (head.title) plan.replace(head.title[0], head.title[1], `# ${resourceHeading(after)}`);
    else plan.insertBefore(0, `# ${resourceHeading(after)}`);
  }
  // Where a new head line or paragraph goes: after the last part the head has.
  const put = (lf: string): void => {
    const end = Math.max(head.title?.[1] ?? -1, head.ownership?.[1] ?? -1, head.authRef?.[1] ?? -1);
    if (end >= 0) plan.insertAfter(end, lf);
    else plan.insertBefore(0, lf);
  };
  const ownBefore = ownershipLine(before);
  const ownAfter = ownershipLine(after);
  if (ownBefore !== ownAfter) {
    if (head.ownership) {
      if (ownAfter !== undefined) plan.replace(head.ownership[0], head.ownership[1], ownAfter);
      else removeLine(plan, head.ownership);
    } else if (ownAfter !== undefined) {
      if (head.authRef) plan.insertBefore(head.authRef[0], ownAfter, 1);
      else if (head.title) plan.insertAfter(head.title[1], ownAfter);
      else plan.insertBefore(0, ownAfter);
    }
  }
  const specBefore = old.design.auth.spec;
  const specAfter = now.design.auth.spec;
  if (specBefore !== specAfter) {
    if (head.authRef) {
      if (specAfter !== undefined) plan.replace(head.authRef[0], head.authRef[1], `Auth: ${specAfter}`);
      else removeLine(plan, head.authRef);
    } else if (specAfter !== undefined && head.ownership) plan.insertAfter(head.ownership[1], `Auth: ${specAfter}`, 1);
  }
  // The reader takes the head's first prose paragraph as the description: when
  // a note written by hand comes first, the design's description is already
  // there further down, and the note must not be overwritten with it.
  const present = after.description !== undefined && head.paragraphs.includes(plainText({ type: 'paragraph', children: inline(after.description) } as never).replace(/\s+/g, ' ').trim());
  if (before.description !== after.description && !present) {
    const text = after.description === undefined ? undefined : stringify([paragraph(...inline(after.description))]).trimEnd();
    if (head.description && before.description !== undefined) {
      if (text !== undefined) plan.replace(head.description[0], head.description[1], text);
      else plan.remove(head.description[0], head.description[1]);
    } else if (text !== undefined) put(text);
  }
}
