// Link syntax that makes micromark's inline parsing superlinear, turned into
// plain text before parsing. For each `]` micromark walks back over the
// events of its paragraph to the label start it closes (past every label
// already closed), and the GFM footnote extension walks back to the nearest
// `[`; a failed label leaves data events that its text resolver splices one
// run at a time. So `[a](` repeated, a paragraph of `]` without `[`, or
// brackets nested deep, cost the square of the paragraph.
//
// One pass over the text estimates, for each paragraph-like run of lines
// (outside fenced code; a list item, a heading, a table row or a quote marker
// starts a new one), how far those walks go and how many brackets it holds.
// A run past either limit has its brackets replaced by parentheses, which
// keeps every offset, and reads as plain text. Links written as links are
// far below both: a bracket pair walks the length of its label once.
import { fenceOf, lineBody } from './blockLines';

/** Brackets in one run past which its brackets are plain text (128 links in one paragraph). */
export const MAX_BRACKETS_PER_RUN = 256;
/** How many times its own length the walks of one run may cross. */
const WALK_PER_CHAR = 32;
const WALK_FREE = 8192;

interface Run {
  start: number;
  end: number;
  brackets: number;
  walk: number;
  open: number[];
  lastOpen: number;
}

const newRun = (start: number): Run => ({ start, end: start, brackets: 0, walk: 0, open: [], lastOpen: -1 });

/** Adds one line's brackets to its run: counts them and the distance micromark's walks cross. */
function measure(run: Run, text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++; // `\[` and `\]` are text
    else if (c === 91) {
      run.brackets++;
      run.open.push(i);
      run.lastOpen = i;
    } else if (c === 93) {
      run.brackets++;
      const opened = run.open.pop();
      run.walk += i - (opened ?? run.start) + (i - (run.lastOpen >= 0 ? run.lastOpen : run.start));
    }
  }
  run.end = to;
}

function flooded(run: Run): boolean {
  return run.brackets > MAX_BRACKETS_PER_RUN || run.walk > WALK_PER_CHAR * (run.end - run.start) + WALK_FREE;
}

/** `text` with the brackets of every flooded run replaced by parentheses (same length, same offsets). */
export function defuseLinks(text: string): string {
  const floods: Run[] = [];
  let run: Run | undefined;
  let fence: { char: number; length: number } | undefined;
  const close = () => {
    if (run && flooded(run)) floods.push(run);
    run = undefined;
  };
  for (let at = 0; at <= text.length; ) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const body = lineBody(text, at, end);
    const f = fenceOf(text, body.at, end);
    if (fence) {
      if (f && f.char === fence.char && f.length >= fence.length && f.bare) fence = undefined;
    } else if (f) {
      close();
      fence = f;
    } else if (body.at >= end) {
      close();
    } else {
      if (body.marker) close();
      run ??= newRun(at);
      measure(run, text, body.at, end);
    }
    at = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  close();
  if (floods.length === 0) return text;
  const out: string[] = [];
  let last = 0;
  for (const r of floods) {
    out.push(text.slice(last, r.start), text.slice(r.start, r.end).replace(/\[/g, '(').replace(/\]/g, ')'));
    last = r.end;
  }
  out.push(text.slice(last));
  return out.join('');
}
