// This project's reference language service as the benchmark drives it: the
// only file here that knows the core's references API, so the runs stay the
// same when that API moves.
import type { Finding } from '../src/core/diagnostics/finding';
import { buildIndex, definition, diagnoseFile, diagnoseWorkspace, hover } from '../src/core/references';
import type { Probe } from './generator';
import type { MemoryHost } from './memoryHost';

/** What the runs ask of our service. */
export interface OurService {
  /** Validates every file of the workspace; every finding. */
  validateAll(): Promise<Finding[]>;
  /** Tells the index the file changed (the host already holds the new text) and re-validates it. */
  revalidate(path: string): Promise<Finding[]>;
  /** Hover at a reference; undefined when there is none. */
  hover(at: Probe): Promise<unknown>;
  /** Definition of a reference; undefined when there is none. */
  definition(at: Probe): Promise<unknown>;
}

/**
 * A fresh service over `host`. Building the index (crawl, read, scan, parse
 * headings) happens in `validateAll`, so a cold validation times all of it.
 */
export async function createOurService(host: MemoryHost): Promise<OurService> {
  let index: Awaited<ReturnType<typeof buildIndex>> | undefined;
  const ready = () => {
    if (!index) throw new Error('validateAll() builds the index; call it first');
    return index;
  };
  return {
    async validateAll() {
      index = await buildIndex(host, { specsRoot: 'specs' });
      return diagnoseWorkspace(index);
    },
    async revalidate(path) {
      const text = await host.readFile(path);
      if (text === undefined) throw new Error(`${path} is not in the workspace`);
      ready().update(path, text);
      return diagnoseFile(ready(), path);
    },
    async hover(at) {
      return hover(ready(), at.file, at.line, at.character);
    },
    async definition(at) {
      return definition(ready(), at.file, at.line, at.character);
    },
  };
}
