// Finds the spec files the linter reads: the API specs under `<root>/api/`,
// and the database and auth specs wherever the workspace keeps them (new
// projects: specs/db/, specs/auth/; existing ones: specs/database/schema.md,
// specs/features/authentication.md), or where the settings' globs say.
import type { SpecHost } from '../host';
import { compileGlob, confiner, walkTree, type Glob } from '../paths';
import { METHOD_PATTERN } from '../routeGrammar';

/** Compiles a glob (`specs/db/*.md`, `specs/**\/auth*.md`) over workspace-relative paths, with the linear matcher of core/paths. */
export function globToRegExp(glob: string): Glob {
  return compileGlob(glob);
}

/** Every markdown file under the specs root, following no link that leaves the root (the bounded crawl of core/paths). */
export async function listSpecFiles(host: SpecHost, root: string): Promise<string[]> {
  const found: string[] = [];
  const confine = confiner(host, root);
  await walkTree(
    host,
    root,
    async (path, kind, link) => {
      if ((path.split('/').pop() ?? '').startsWith('.') || !(await confine(path, 'read', link)).ok) return false;
      if (kind === 'file' && path.toLowerCase().endsWith('.md')) found.push(path);
      return true;
    },
    { skip: (name) => name.startsWith('.') || name === 'node_modules' },
  );
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
