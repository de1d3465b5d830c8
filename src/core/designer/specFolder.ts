// The API specs a generation updates: the markdown files directly in
// `<specsRoot>/api/` (or another folder of the root), each read only when it
// really lies in the specs root (the one confinement check), so a spec that
// is a link leading out is neither read nor, later, written. The editor's
// designer, `spec-architect generate` and the agents' design tools read them
// through this one function.
import type { SpecHost } from '../host';
import { readInside } from '../paths';
import { underSpecsRoot } from '../settings';

export type SpecFolderHost = Pick<SpecHost, 'readDirectory' | 'readFile' | 'realPath'>;

/** The `.md` files directly in `<specsRoot>/<sub>/`, sorted by name, with their text. */
export async function readSpecFolder(host: SpecFolderHost, specsRoot: string, sub = 'api'): Promise<Array<{ path: string; text: string }>> {
  const dir = underSpecsRoot(specsRoot, sub);
  const names = ((await host.readDirectory(dir)) ?? []).filter(([name, kind]) => kind === 'file' && name.endsWith('.md')).map(([name]) => name).sort();
  const files: Array<{ path: string; text: string }> = [];
  for (const name of names) {
    const text = await readInside(host, `${dir}/${name}`, specsRoot);
    if (text !== undefined) files.push({ path: `${dir}/${name}`, text });
  }
  return files;
}
