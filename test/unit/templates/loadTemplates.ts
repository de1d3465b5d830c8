// Reads specs-templates/ from the repository, as the CLI and the extension do from their install folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const TEMPLATES_DIR = join(process.cwd(), 'specs-templates');

/** Every file under specs-templates/, by POSIX path relative to it. */
export function loadTemplates(dir = TEMPLATES_DIR, rel = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const relPath = rel ? `${rel}/${name}` : name;
    if (statSync(path).isDirectory()) for (const [k, v] of loadTemplates(path, relPath)) out.set(k, v);
    else out.set(relPath, readFileSync(path, 'utf8'));
  }
  return out;
}
