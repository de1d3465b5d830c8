// Where things are: the repository, the built tests, the example workspace.
import { join, resolve } from 'node:path';
import manifest from '../../package.json';

/** The repository root (the harness runs from out/test/harness/). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const OUT_DIR = join(REPO_ROOT, 'out');
export const EXAMPLE_WORKSPACE = join(REPO_ROOT, 'examples', 'taskflow');
export const TEST_RESULTS_DIR = join(REPO_ROOT, 'test-results');
export const INTEGRATION_INDEX = join(OUT_DIR, 'test', 'integration', 'index.js');
export const VSIX_PATH = join(REPO_ROOT, 'dist', 'spec-architect.vsix');
/** The id VS Code knows the extension by: `<publisher>.<name>` from package.json (the publisher is set there only). */
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
