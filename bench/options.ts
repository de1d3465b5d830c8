// Command-line options of `npm run bench`: the workspace's size and seed.
import { DEFAULT_OPTIONS } from './generator';
import type { GeneratorOptions } from './generator';

export interface BenchOptions extends GeneratorOptions {
  /** Edits timed in the re-validation run. */
  edits: number;
  /** Hover and definition requests timed on the warm index. */
  probes: number;
  /** Where the JSON results go. */
  out: string;
  /** API spec files of the re-lint workspace (g). */
  apiFiles: number;
  /** Spec files of the workspace the two CLI processes check (h); references scale with it. */
  cliFiles: number;
  /** Rounds of each CLI process (h). */
  cliRounds: number;
}

const USAGE = 'usage: npm run bench -- [--files N] [--refs N] [--broken N] [--large-lines N] [--seed N] [--edits N] [--probes N] [--api-files N] [--cli-files N] [--cli-rounds N] [--out file]';

/** Parses `--name value` pairs; unknown names and non-numbers are errors. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, edits: 101, probes: 1000, out: 'test-results/bench.json', apiFiles: 1000, cliFiles: 1000, cliRounds: 3 };
  let brokenGiven = false;
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${name} needs a value\n${USAGE}`);
    if (name === '--out') {
      options.out = value;
      continue;
    }
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0) throw new Error(`${name} takes a whole number, got "${value}"\n${USAGE}`);
    switch (name) {
      case '--files': options.files = number; break;
      case '--refs': options.refs = number; break;
      case '--broken': options.brokenPerKind = number; brokenGiven = true; break;
      case '--large-lines': options.largeFileLines = number; break;
      case '--seed': options.seed = number; break;
      case '--edits': options.edits = Math.max(1, number); break;
      case '--probes': options.probes = Math.max(1, number); break;
      case '--api-files': options.apiFiles = Math.max(1, number); break;
      case '--cli-files': options.cliFiles = Math.max(2, number); break;
      case '--cli-rounds': options.cliRounds = Math.max(1, number); break;
      default: throw new Error(`unknown option ${name}\n${USAGE}`);
    }
  }
  // Keep the broken share of the default run (1.2 %) when only the size is changed.
  if (!brokenGiven) options.brokenPerKind = Math.max(1, Math.round((DEFAULT_OPTIONS.brokenPerKind * options.refs) / DEFAULT_OPTIONS.refs));
  return options;
}
