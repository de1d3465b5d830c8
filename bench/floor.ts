// The floor: the least any validator has to do. Read every file through the
// same host and find the tokens with one regular expression, nothing else (no
// resolution, no headings, no diagnostics).
import type { SpecHost } from '../src/core/host';

/** Roughly the token grammar of PRODUCT.md in one expression. */
const TOKEN = /(?:^|[\s([`"'<*])@specs\/[\w\-./*]*(?:#[\w-]+)?/gm;

/** Lists the files under `root` through `host`, reads them, and counts the tokens in them. */
export async function scanFloor(host: SpecHost, root: string): Promise<number> {
  let tokens = 0;
  for (const path of await listFiles(host, root)) {
    const text = await host.readFile(path);
    if (text === undefined) continue;
    TOKEN.lastIndex = 0;
    while (TOKEN.exec(text) !== null) tokens++;
  }
  return tokens;
}

/** Every file under `folder`, depth first. */
async function listFiles(host: SpecHost, folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const [name, kind] of (await host.readDirectory(folder)) ?? []) {
    const path = `${folder}/${name}`;
    if (kind === 'directory') files.push(...(await listFiles(host, path)));
    else files.push(path);
  }
  return files;
}
