// How a finding is named so that its label finds it again: repository, file,
// rule code, the route it is about (when its message starts with one), a hash
// of the finding's source line (trimmed) and which occurrence it is among
// findings of that file, code and route on lines with the same text. The key
// holds no corpus text (a 12-hex sha1; paths and routes are structure), and
// findings that share one line (a file-wide auth line) keep apart by route
// whatever their messages say. It survives
// unrelated lines moving; a finding the lint moves to another line gets a new
// key and shows as unlabelled, which is what should happen: it is a new claim.
import { createHash } from 'node:crypto';

export interface RawFinding {
  repo: string;
  /** Relative to the repository root, with `/`. */
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  severity: string;
  /** The routes a finding placed once for many is about (the CLI's `routes`). */
  routes?: string[];
}

export interface KeyedFinding extends RawFinding {
  /** `METHOD /path` from the start of the message, as the lint wrote it. */
  route?: string;
  /** sha1 of the trimmed source line, first 12 hex digits. */
  hash: string;
  /** 0-based occurrence among findings with the same repo, file, code, route and hash. */
  n: number;
}

/** The fields of a label (or stub) that name its finding. */
export interface FindingKey {
  repo: string;
  file: string;
  code: string;
  route?: string;
  line: string;
  n: number;
}

export function lineHash(text: string): string {
  return createHash('sha1').update(text.trim()).digest('hex').slice(0, 12);
}

export function keyString(k: FindingKey): string {
  return `${k.repo}|${k.file}|${k.code}|${k.route ?? ''}|${k.line}|${k.n}`;
}

export function keyOf(f: KeyedFinding): FindingKey {
  return { repo: f.repo, file: f.file, code: f.code, ...(f.route ? { route: f.route } : {}), line: f.hash, n: f.n };
}

/** `METHOD /path` with every parameter written `{}`, for comparing route keys. */
export function normaliseRoute(route: string): string {
  const [method = '', path = ''] = route.trim().split(/\s+/);
  return `${method.toUpperCase()} ${bare(path).replace(/\{[^}]*\}/g, '{}').replace(/:[A-Za-z_]\w*/g, '{}').replace(/\/+$/, '')}`;
}

/** Trailing punctuation is the sentence around a route (`- **GET /x:** ...`), not the path. */
function bare(path: string): string {
  return path.replace(/[:.,;*`]+$/, '');
}

/** The route a finding's message starts with, if any. */
export function messageRoute(message: string): string | undefined {
  const m = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/\S*)/.exec(message);
  return m ? `${m[1]} ${bare(m[2] as string)}` : undefined;
}

/** Sorts findings by place and numbers the ones that share file, code and line text. */
export function keyFindings(findings: RawFinding[], sourceLine: (f: RawFinding) => string): KeyedFinding[] {
  const sorted = [...findings].sort(
    (a, b) => a.repo.localeCompare(b.repo) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message),
  );
  const seen = new Map<string, number>();
  return sorted.map((f) => {
    const hash = lineHash(sourceLine(f));
    const route = messageRoute(f.message);
    const group = `${f.repo}|${f.file}|${f.code}|${route ?? ''}|${hash}`;
    const n = seen.get(group) ?? 0;
    seen.set(group, n + 1);
    return { ...f, ...(route ? { route } : {}), hash, n };
  });
}
