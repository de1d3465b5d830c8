// Finds the spec files the linter reads: the API specs under `<root>/api/`,
// and the database and auth specs wherever the workspace keeps them (new
// projects: specs/db/, specs/auth/; existing ones: specs/database/schema.md,
// specs/features/authentication.md), or where the settings' globs say.
import type { SpecHost } from '../host';
import { compileGlob, confiner, walkTree, type Glob } from '../paths';

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

/** Sorts the specs root's markdown files into API, database and auth specs. */
export function classifySpecFiles(listed: readonly string[], root: string, globs: { databaseSpecs?: string[]; authSpecs?: string[] }): SpecFileSets {
  // Files in hidden folders (`.spec-kit/`, `.github/`) are tools' files, not specs, whoever listed them.
  const files = listed.filter((f) => !f.split('/').some((segment) => segment.startsWith('.')));
  // Globs are relative to the specs root; an empty list means "find them".
  const underRoot = (patterns: string[] | undefined, defaults: string[]) =>
    (patterns && patterns.length > 0 ? patterns : defaults).map((p) => globToRegExp(`${root === '' ? '' : `${root}/`}${p.replace(/^\.?\//, '')}`));
  const api = files.filter((f) => f.startsWith(root === '' ? 'api/' : `${root}/api/`));
  const database = underRoot(globs.databaseSpecs, DEFAULT_DATABASE);
  const auth = underRoot(globs.authSpecs, DEFAULT_AUTH);
  const notApi = files.filter((f) => !api.includes(f));
  return {
    api,
    database: notApi.filter((f) => database.some((r) => r.test(f))),
    auth: notApi.filter((f) => auth.some((r) => r.test(f))),
  };
}
