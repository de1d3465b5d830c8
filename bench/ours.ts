// This project's spec service as the benchmark drives it: the only file here
// that knows the core's API, and it calls the same factory as the editor and
// the CLI (createSpecService), so the runs measure what users run.
import type { Finding } from '../src/core/diagnostics';
import { createSpecService, type SpecService } from '../src/core/service';
import { defaultSettings } from '../src/core/settings';
import type { Probe } from './generator';
import type { MemoryHost } from './memoryHost';

/** What the runs ask of our service. */
export interface OurService {
  /** Validates every file of the workspace; every finding. */
  validateAll(): Promise<Finding[]>;
  /** Tells the service the file changed (the host already holds the new text) and re-validates it. */
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
  let service: SpecService | undefined;
  const ready = () => {
    if (!service) throw new Error('validateAll() builds the index; call it first');
    return service;
  };
  return {
    async validateAll() {
      service = createSpecService({ host, settings: defaultSettings() });
      return service.workspaceDiagnostics();
    },
    async revalidate(path) {
      await ready().fileChanged(path);
      return ready().diagnostics(path);
    },
    async hover(at) {
      return ready().hover(at.file, at);
    },
    async definition(at) {
      return ready().definition(at.file, at);
    },
  };
}
