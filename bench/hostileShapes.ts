// The hostile inputs of the scaling report (docs/security.md), each a
// workspace built at a scale k (1, 4, 16), checked through the spec service
// as the CLI's lint and the editor check it (the reference index and
// diagnostics, and the API lint). `check` says which part the shape stresses.
// Sizes are chosen so that 1x takes tens of milliseconds when reading is linear.
import type { Finding } from '../src/core/diagnostics';
import type { SpecHost } from '../src/core/host';
import { createSpecService } from '../src/core/service';
import { defaultSettings } from '../src/core/settings';
import { MemoryHost } from './memoryHost';

export interface Shape {
  name: string;
  /** The workspace's files at scale k. */
  files(k: number): Record<string, string>;
  /** Which part of the check the shape stresses. */
  check: 'references' | 'api-lint';
}

const api = (text: string): Record<string, string> => ({ 'specs/api/tasks.md': text, 'specs/db/models.md': '# Models\n\n## Task\n' });
const route = (i: number) => `## GET /api/tasks/r${i}\n\nRead one task.\n\n- **Auth:** JWT required; owner only\n- **Response 200:** \`TaskRead\`\n- **Errors:** 401, 404, 422\n`;

/** A file of many statements ("All endpoints require a JWT except ...") and many routes they cover. */
export const scopeText = (k: number) =>
  `# Tasks API\n\n${Array.from({ length: 50 * k }, (_, i) => `All endpoints require a JWT except /api/open/r${i}.`).join('\n\n')}\n\n${Array.from({ length: 50 * k }, (_, i) => `## GET /api/tasks/r${i}\n\nRead one task.\n`).join('\n')}`;

/** Many short routes in one file, each closing its list of labels before the next heading. */
export const routesText = (k: number) => `# Tasks API\n\n${Array.from({ length: 100 * k }, (_, i) => `## GET /api/tasks/r${i}\n\n- **Auth:** JWT required\n`).join('\n')}`;

export const SHAPES: Shape[] = [
  { name: 'heading "# # # ... x" (one line)', check: 'references', files: (k) => ({ 'specs/a.md': `${'# '.repeat(5000 * k)}x\n`, 'CLAUDE.md': '@specs/a.md#x\n' }) },
  { name: 'heading "# # # ... x" (API lint)', check: 'api-lint', files: (k) => api(`# Tasks API\n\n${'# '.repeat(5000 * k)}x\n`) },
  { name: 'glob *e*e*e*e*e*e*e*e*e*e*e*ex vs e-named files', check: 'references', files: (k) => ({ [`specs/${'e'.repeat(30 * k)}.md`]: '# E\n', 'CLAUDE.md': `@specs/${'*e'.repeat(12)}x\n` }) },
  { name: "one line of '@specs/x' tokens", check: 'references', files: (k) => ({ 'specs/x.md': '# X\n', 'CLAUDE.md': `${"'@specs/x' ".repeat(4000 * k)}\n` }) },
  { name: 'one line of `c` @specs/x', check: 'references', files: (k) => ({ 'specs/x.md': '# X\n', 'CLAUDE.md': `${'`c` @specs/x '.repeat(4000 * k)}\n` }) },
  { name: "'<example' without '>' repeated", check: 'references', files: (k) => ({ 'specs/x.md': '# X\n', 'CLAUDE.md': `@specs/x.md\n${'<example '.repeat(20000 * k)}\n` }) },
  { name: 'many <example> blocks and tokens', check: 'references', files: (k) => ({ 'specs/x.md': '# X\n', 'CLAUDE.md': '<example>@specs/x.md</example> @specs/x.md\n'.repeat(1000 * k) }) },
  { name: 'many headings and fences', check: 'references', files: (k) => ({ 'specs/x.md': '# h\n\n```\nx\n```\n\n'.repeat(1500 * k), 'CLAUDE.md': '@specs/x.md#h\n' }) },
  { name: 'route path of unclosed {', check: 'references', files: (k) => ({ 'specs/api/tasks.md': `# Tasks\n\n## GET /${'{'.repeat(2000 * k)}\n`, 'CLAUDE.md': '@specs/api/tasks.md GET /x\n' }) },
  { name: 'route path of slashes', check: 'references', files: (k) => ({ 'specs/api/tasks.md': `# Tasks\n\n## GET /${'/'.repeat(2000 * k)}x\n`, 'CLAUDE.md': '@specs/api/tasks.md GET /x\n' }) },
  { name: 'API spec: [a]( repeated', check: 'api-lint', files: (k) => api(`# Tasks API\n\n${'[a]('.repeat(2000 * k)}\n`) },
  { name: 'API spec: [a]( in one paragraph under the limit', check: 'api-lint', files: (k) => api(`# Tasks API\n\n${'[a]('.repeat(250 * k)}\n`) },
  { name: 'API spec: a paragraph of lines ending in ]', check: 'api-lint', files: (k) => api(`# Tasks API\n\n${'see a]\n'.repeat(140 * k)}`) },
  { name: 'API spec: routes in one file', check: 'api-lint', files: (k) => api(`# Tasks API\n\n${Array.from({ length: 100 * k }, (_, i) => route(i)).join('\n')}`) },
  { name: 'API spec: scope statements and routes', check: 'api-lint', files: (k) => api(scopeText(k)) },
  { name: 'API spec: nested lists', check: 'api-lint', files: (k) => api(`# Tasks API\n\n${Array.from({ length: 16 * k }, (_, i) => `${'  '.repeat(i)}- item\n`).join('')}`) },
  { name: 'API spec: one long line', check: 'api-lint', files: (k) => api(`# Tasks API\n\n${'word '.repeat(20000 * k)}\n`) },
];

/** The findings of the check of a workspace of `files`. */
export async function findingsOf(files: Record<string, string>): Promise<Finding[]> {
  const host: SpecHost = new MemoryHost(new Map(Object.entries(files)));
  return createSpecService({ host, settings: defaultSettings() }).workspaceDiagnostics();
}

/** The findings of a shape's check at scale k. */
export function shapeFindings(shape: Shape, k: number): Promise<Finding[]> {
  return findingsOf(shape.files(k));
}

/** Runs a shape's check once at scale k. */
export async function runShape(shape: Shape, k: number): Promise<number> {
  return (await shapeFindings(shape, k)).length;
}
