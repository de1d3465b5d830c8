// This project's reference language service as the benchmark drives it: the
// only file here that knows the core's references API, so the runs stay the
// same when that API moves.
import type { Finding } from '../src/core/diagnostics/finding';
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

/** A fresh service (an empty index) over `host`. */
export async function createOurService(host: MemoryHost): Promise<OurService> {
  void host;
  throw new Error('src/core/references has not landed yet');
}
