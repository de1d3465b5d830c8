// Finds the spec files the linter reads: the API specs under `<root>/api/`,
// and the database and auth specs wherever the workspace keeps them (new
// projects: specs/db/, specs/auth/; existing ones: specs/database/schema.md,
// specs/features/authentication.md), or where the settings' globs say.
import type { SpecHost } from '../host';
import { METHOD_PATTERN } from '../routeGrammar';

/** Turns a glob (`specs/db/*.md`, `specs/**\/auth*.md`) into a RegExp over workspace-relative paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Every markdown file under the specs root, following no link that leaves the root. */
export async function listSpecFiles(host: SpecHost, root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 12) return;
    const entries = await host.readDirectory(dir);
    for (const [name, kind] of entries ?? []) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = `${dir}/${name}`;
      const real = await host.realPath(path);
      if (real === null || real === undefined || !(real === root || real.startsWith(`${root}/`))) continue;
      if (kind === 'directory') await walk(path, depth + 1);
      else if (name.toLowerCase().endsWith('.md')) found.push(path);
    }
  };
  await walk(root, 0);
  return found.sort();
}

const SQL_OR_SQLMODEL = /create\s+table|\(\s*SQLModel\s*,\s*table\s*=\s*True\s*\)/i;

/** Whether a spec's text holds CREATE TABLE or a SQLModel table class: it describes the database, wherever it is. */
export function describesDatabase(text: string): boolean {
  return SQL_OR_SQLMODEL.test(text);
}

/** The default places of the database specs, relative to the specs root. */
const DEFAULT_DATABASE = ['db/**/*.md', 'database/**/*.md', '**/schema.md', '**/models.md', '**/data-model.md', '**/database*.md'];
/** The default places of the auth specs, relative to the specs root. */
const DEFAULT_AUTH = ['auth/**/*.md', '**/authentication.md', '**/auth*.md', '**/security.md'];

export interface SpecFileSets {
  api: string[];
  database: string[];
  auth: string[];
}

/** Where API specs live besides `<root>/api/`: `contracts/`, `<phase>/api/`, or files named for their API. */
const API_PLACE = /(?:^|\/)(?:api|apis|contracts?|endpoints)\/[^/]+\.md$|(?:^|\/)[^/]*(?:api|endpoints?|routes|contracts?)[^/]*\.md$/i;
/** A route written as a heading, a `**Endpoint**:`/`**Path**:` label or a table row: the file declares routes. */
const DECLARES_ROUTE = new RegExp(String.raw`^(?:#{2,6}[ \t]+(?:\d+[.)][ \t]*)?\x60?(?:${METHOD_PATTERN})[ \t]+\/|[ \t]*(?:[-*][ \t]+)?\*\*(?:endpoint|path|route)\*\*:?[ \t]*\x60?(?:${METHOD_PATTERN})[ \t]+\/|\|[ \t]*\x60?(?:${METHOD_PATTERN})\x60?[ \t]*\|[ \t]*\x60?\/)`, 'im');

/** Whether a markdown text declares routes the way API specs do (not a route named in passing). */
export function declaresRoutes(text: string): boolean {
  return DECLARES_ROUTE.test(text.slice(0, 400_000));
}

/** Sorts the specs root's markdown files into API, database and auth specs. */
export function classifySpecFiles(listed: readonly string[], root: string, globs: { databaseSpecs?: string[]; authSpecs?: string[]; apiSpecs?: string[] }, texts?: ReadonlyMap<string, string>): SpecFileSets {
  // Files in hidden folders (`.spec-kit/`, `.github/`) are tools' files, not specs, whoever listed them.
  const files = listed.filter((f) => !f.split('/').some((segment) => segment.startsWith('.')));
  // Globs are relative to the specs root; an empty list means "find them".
  const prefix = root === '' ? '' : `${root}/`;
  const underRoot = (patterns: string[] | undefined, defaults: string[]) =>
    (patterns && patterns.length > 0 ? patterns : defaults).map((p) => globToRegExp(`${prefix}${p.replace(/^\.?\//, '')}`));
  const named = globs.apiSpecs && globs.apiSpecs.length > 0 ? underRoot(globs.apiSpecs, []) : undefined;
  // Without apiSpecs: everything under <root>/api/, and any other spec that declares routes
  // (specs/<feature>/contracts/*.md, specs/<phase>/api/*.md, ...).
  const api = named
    ? files.filter((f) => named.some((r) => r.test(f)))
    : files.filter((f) => f.startsWith(`${prefix}api/`) || (texts !== undefined && API_PLACE.test(f.slice(root.length)) && declaresRoutes(texts.get(f) ?? '')));
  const database = underRoot(globs.databaseSpecs, DEFAULT_DATABASE);
  const auth = underRoot(globs.authSpecs, DEFAULT_AUTH);
  const notApi = files.filter((f) => !api.includes(f));
  return {
    api,
    database: notApi.filter((f) => database.some((r) => r.test(f))),
    auth: notApi.filter((f) => auth.some((r) => r.test(f))),
  };
}
