// "All endpoints require JWT", stated once for a file: routes that say
// nothing about auth take it (with the sentence as their auth source); routes
// named in an exception ("except /auth/*") are public.
import type { LineMap } from '../references';
import type { Line } from './lines';
import type { FileRead } from './types';

function excepted(path: string, patterns: string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p || path.startsWith(`${p.replace(/\/$/, '')}/`)));
}

/** Applies the file's auth sentences to the routes that state none. */
export function applyFileAuth(read: FileRead, text: string, lines: LineMap, sentences: Line[]): void {
  const sentence = sentences[0];
  if (!sentence) return;
  const exceptAt = sentence.text.search(/\b(except|other than|but not|unless)\b/i);
  const patterns = exceptAt < 0 ? [] : [...sentence.text.slice(exceptAt).matchAll(/`?(\/[A-Za-z0-9_\-./{}*:]*)`?/g)].map((m) => (m[1] as string).replace(/[.,;:]+$/, ''));
  for (const route of read.resource.routes) {
    if (route.auth !== undefined) continue;
    const span = read.sources.get(route);
    const full = route.path;
    route.auth = excepted(full, patterns) || patterns.some((p) => full.includes(p.replace(/\*$/, ''))) ? 'public' : 'jwt';
    if (span) span.parts.auth = lines.range(sentence.start, sentence.end);
  }
  void text;
}
