// The one glob matcher for `@specs/` tokens and the settings' spec globs.
// It runs a set of pattern positions over the path (a Thompson simulation),
// so matching costs at most pattern length x path length whatever the
// pattern: `*e*e*e*e*ex` against a name of thirty `e`s is as cheap as any
// other (a regular expression built from it backtracks exponentially).
//
// `*` is any run within a segment, `?` one character of a segment, `**/` zero
// or more whole folders, `**` elsewhere any run across segments. Most paths
// are settled before the simulation: a glob's literal head and tail
// (`specs/db/` and `.md` of `specs/db/**/*.md`) must start and end the path,
// and a lone `*` or `**` between them needs no simulation at all.

type Step = { kind: 'char'; c: string } | { kind: 'one' } | { kind: 'segment' } | { kind: 'any' } | { kind: 'folders' };

/** A compiled glob; `test` has the shape of RegExp's so callers may hold either. */
export interface Glob {
  readonly source: string;
  test(path: string): boolean;
}

function steps(glob: string): Step[] {
  const out: Step[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*' && glob.charAt(i + 1) === '*') {
      let j = i + 2;
      while (glob.charAt(j) === '*') j++; // `***` is `**`
      const folders = glob.charAt(j) === '/';
      out.push({ kind: folders ? 'folders' : 'any' });
      i = folders ? j : j - 1;
    } else if (c === '*') {
      if (out[out.length - 1]?.kind !== 'segment') out.push({ kind: 'segment' }); // `**` handled above; `*` after `*` adds nothing
    } else if (c === '?') out.push({ kind: 'one' });
    else out.push({ kind: 'char', c });
  }
  return out;
}

/** Compiles a glob once; test it against any number of paths. */
export function compileGlob(glob: string): Glob {
  const pattern = steps(glob);
  const n = pattern.length;
  const literal = (step: Step | undefined): string | undefined => (step?.kind === 'char' ? step.c : undefined);
  let head = 0;
  while (head < n && literal(pattern[head]) !== undefined) head++;
  if (head === n) {
    // No wildcard at all: the path must be the glob.
    const text = pattern.map(literal).join('');
    return { source: glob, test: (path: string) => path === text };
  }
  let tail = n;
  while (tail > head && literal(pattern[tail - 1]) !== undefined) tail--;
  const prefix = pattern.slice(0, head).map(literal).join('');
  const suffix = pattern.slice(tail).map(literal).join('');
  // The literal head and tail must start and end the path; what lies between is matched by the steps between.
  const middle = pattern.slice(head, tail);
  const only = middle.length === 1 ? middle[0]?.kind : undefined;
  const matchMiddle = only === 'segment' ? (m: string) => !m.includes('/') : only === 'any' ? () => true : simulate(middle);
  return {
    source: glob,
    test(path: string): boolean {
      if (path.length < prefix.length + suffix.length || !path.startsWith(prefix) || !path.endsWith(suffix)) return false;
      return matchMiddle(path.slice(prefix.length, path.length - suffix.length));
    },
  };
}

/** The Thompson simulation of `pattern` over a whole text. */
function simulate(pattern: readonly Step[]): (text: string) => boolean {
  const n = pattern.length;
  // State i: before step i. For a `folders` step, state i means "may skip it";
  // being inside it (after some characters, waiting for `/`) is tracked apart.
  // Steps that may match nothing pass their state on; ascending order lets a run of them chain.
  const close = (states: Uint8Array): void => {
    for (let i = 0; i < n; i++) {
      if (!states[i]) continue;
      const k = pattern[i]?.kind;
      if (k === 'segment' || k === 'any' || k === 'folders') states[i + 1] = 1;
    }
  };
  return (path: string): boolean => {
    let states = new Uint8Array(n + 1);
    let inside = new Uint8Array(n + 1);
    let next = new Uint8Array(n + 1);
    let nextInside = new Uint8Array(n + 1);
    states[0] = 1;
    close(states);
    for (let at = 0; at < path.length; at++) {
      const c = path.charAt(at);
      next.fill(0);
      nextInside.fill(0);
      let alive = false;
      for (let i = 0; i < n; i++) {
        const step = pattern[i] as Step;
        if (inside[i]) {
          // Inside `**/`: any character stays, `/` may also finish it.
          nextInside[i] = 1;
          if (c === '/') next[i + 1] = 1;
          alive = true;
        }
        if (!states[i]) continue;
        switch (step.kind) {
          case 'char':
            if (step.c === c) next[i + 1] = 1;
            break;
          case 'one':
            if (c !== '/') next[i + 1] = 1;
            break;
          case 'segment':
            if (c !== '/') next[i] = 1;
            break;
          case 'any':
            next[i] = 1;
            break;
          case 'folders':
            nextInside[i] = 1;
            alive = true;
            if (c === '/') next[i + 1] = 1;
            break;
        }
      }
      close(next);
      for (let i = 0; i <= n && !alive; i++) if (next[i]) alive = true;
      if (!alive) return false;
      [states, next] = [next, states];
      [inside, nextInside] = [nextInside, inside];
    }
    return states[n] === 1;
  };
}
