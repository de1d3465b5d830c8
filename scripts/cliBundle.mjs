// The esbuild options of the CLI bundle, shared by scripts/build.mjs
// (dist/cli.js) and scripts/pack-cli.mjs (the npm package's own copy, always
// a production build): plain Node 20, CommonJS, one file with a shebang, every
// dependency bundled so the package has none at run time.
import { identityDefines, readManifest } from './identity.mjs';

/** Options for `esbuild.build` writing the CLI to `outfile`. */
export function cliBundleOptions({ outfile, production }) {
  return {
    entryPoints: ['src/cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    sourcemap: production ? false : 'linked',
    minify: production,
    legalComments: 'none',
    banner: { js: '#!/usr/bin/env node' },
    define: identityDefines(readManifest()),
  };
}
