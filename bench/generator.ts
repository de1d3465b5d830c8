// A deterministic synthetic spec workspace: N files under specs/<area>/, each
// with headings, R references spread across them, and an exact, known number
// broken in each way. The same workspace is rendered twice: with `@specs/`
// tokens (for this project and the regex floor) and with ordinary relative
// markdown links (for vscode-markdown-languageservice).
import { SeededRandom } from './random';
import { BROKEN_KINDS, isBroken, linkText, tokenText } from './references';
import type { BrokenKind, RefKind, RefSpec, ValidKind } from './references';

export interface GeneratorOptions {
  /** Spec files, the large one included. */
  files: number;
  /** References across all files. */
  refs: number;
  /** Broken references of each broken kind. */
  brokenPerKind: number;
  /** Lines of the one large file that the edit run changes. */
  largeFileLines: number;
  seed: number;
}

/** Where a valid reference sits in the token form, for hover and definition. */
export interface Probe {
  file: string;
  line: number;
  character: number;
  kind: ValidKind;
}

export interface SyntheticWorkspace {
  options: GeneratorOptions;
  /** Workspace-relative path → text with `@specs/` tokens. */
  tokenFiles: Map<string, string>;
  /** The same paths → text with markdown links to the same targets. */
  linkFiles: Map<string, string>;
  /** The large file's path. */
  largeFile: string;
  /** References written, by kind (valid and broken). */
  countsByKind: Record<RefKind, number>;
  /** Valid references to probe with hover and definition. */
  probes: Probe[];
}

/** The defaults of `npm run bench`: the sizes named in issue 4. */
export const DEFAULT_OPTIONS: GeneratorOptions = {
  files: 5000,
  refs: 100_000,
  brokenPerKind: 200,
  largeFileLines: 5000,
  seed: 20261128,
};

const FILES_PER_AREA = 100;
const HEADINGS_PER_FILE = 6;
const HEADING_WORDS = [
  'Overview', 'Data model', 'Fields', 'Validation rules', 'Error handling',
  'Endpoints', 'Permissions', 'Examples', 'Migration notes', 'Open questions',
];
const PROSE = [
  'The service keeps this rule for every user-owned row.',
  'Requests without a valid bearer token answer 401.',
  'Timestamps are stored in UTC and returned as ISO 8601 strings.',
  'Another user\'s row answers 404, never 403, so ids do not leak.',
];

/** GitHub's slug of the simple headings generated here. */
export function slugOf(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

interface FilePlan {
  path: string;
  area: string;
  name: string;
  headings: string[];
}

type Part = string | RefSpec;

/** Builds the workspace. Throws when the options cannot hold the broken references. */
export function generateWorkspace(options: GeneratorOptions): SyntheticWorkspace {
  const { files, refs, brokenPerKind, largeFileLines } = options;
  if (files < 2) throw new Error(`--files must be at least 2, got ${files}`);
  if (refs < brokenPerKind * BROKEN_KINDS.length) {
    throw new Error(`--refs ${refs} cannot hold ${brokenPerKind} broken references of each of ${BROKEN_KINDS.length} kinds`);
  }
  const random = new SeededRandom(options.seed);
  const plans = planFiles(files, largeFileLines, random);
  const kinds = shuffleKinds(refs, brokenPerKind, random);
  const countsByKind = Object.fromEntries([...kindsOrder()].map((k) => [k, 0])) as Record<RefKind, number>;
  for (const kind of kinds) countsByKind[kind]++;

  const specs = kinds.map((kind, i) => refSpec(kind, i, plans, random));
  const largePlan = plans[0] as FilePlan;
  // The large file holds its share of references by lines; the rest share the others evenly.
  const largeShare = Math.min(specs.length, Math.round((refs * largeFileLines) / (largeFileLines + (files - 1) * 40)));
  const tokenFiles = new Map<string, string>();
  const linkFiles = new Map<string, string>();
  const probes: Probe[] = [];
  let next = 0;
  plans.forEach((plan, index) => {
    const remainingFiles = plans.length - index;
    const count = index === 0 ? largeShare : Math.floor((specs.length - next) / remainingFiles);
    const mine = specs.slice(next, next + count);
    next += count;
    const lines = index === 0 ? largeFileLinesOf(plan, mine, largeFileLines) : fileLinesOf(plan, mine, random);
    tokenFiles.set(plan.path, render(lines, plan.path, probes));
    linkFiles.set(plan.path, render(lines, undefined, undefined));
  });
  return { options, tokenFiles, linkFiles, largeFile: largePlan.path, countsByKind, probes: sampleProbes(probes, 2000) };
}

function kindsOrder(): RefKind[] {
  return ['file', 'file-no-ext', 'folder', 'glob', 'heading', ...BROKEN_KINDS];
}

function planFiles(files: number, largeFileLines: number, random: SeededRandom): FilePlan[] {
  const plans: FilePlan[] = [];
  for (let i = 0; i < files; i++) {
    const area = `area-${String(Math.floor(i / FILES_PER_AREA)).padStart(2, '0')}`;
    const name = i === 0 ? 'large' : `topic-${String(i % FILES_PER_AREA).padStart(3, '0')}`;
    const headings = i === 0
      ? Array.from({ length: Math.max(1, Math.floor(largeFileLines / 50)) }, (_, n) => `Part ${n + 1}`)
      : random.shuffle([...HEADING_WORDS]).slice(0, HEADINGS_PER_FILE);
    plans.push({ path: `specs/${area}/${name}.md`, area, name, headings });
  }
  return plans;
}

function shuffleKinds(refs: number, brokenPerKind: number, random: SeededRandom): RefKind[] {
  const kinds: RefKind[] = [];
  for (const kind of BROKEN_KINDS) for (let i = 0; i < brokenPerKind; i++) kinds.push(kind);
  const valid: Array<[ValidKind, number]> = [['heading', 0.4], ['file', 0.3], ['file-no-ext', 0.1], ['folder', 0.1], ['glob', 0.1]];
  while (kinds.length < refs) {
    const roll = random.next();
    let sum = 0;
    const kind = valid.find(([, share]) => (sum += share) > roll)?.[0] ?? 'file';
    kinds.push(kind);
  }
  return random.shuffle(kinds);
}

function refSpec(kind: RefKind, n: number, plans: FilePlan[], random: SeededRandom): RefSpec {
  const target = random.pick(plans);
  const file = `${target.area}/${target.name}.md`;
  switch (kind) {
    case 'file': return { kind, path: file, linkPath: file };
    case 'file-no-ext': return { kind, path: `${target.area}/${target.name}`, linkPath: `${target.area}/${target.name}` };
    case 'folder': return { kind, path: `${target.area}/`, linkPath: `${target.area}/` };
    case 'glob': return { kind, path: `${target.area}/topic-0*.md`, linkPath: `${target.area}/` };
    case 'heading': {
      const anchor = slugOf(random.pick(target.headings));
      return { kind, path: file, anchor, linkPath: file, linkAnchor: anchor };
    }
    case 'no-such-file': return { kind, path: `${target.area}/missing-${n}.md`, linkPath: `${target.area}/missing-${n}.md` };
    case 'no-such-heading': {
      const anchor = `no-such-section-${n}`;
      return { kind, path: file, anchor, linkPath: file, linkAnchor: anchor };
    }
    case 'no-such-folder': return { kind, path: `nowhere-${n}/`, linkPath: `nowhere-${n}/` };
    case 'glob-no-match': return { kind, path: `${target.area}/draft-${n}-*.md`, linkPath: `${target.area}/draft-${n}-*.md` };
    case 'outside-root': return { kind, path: `../outside/secret-${n}.md`, linkPath: `../outside/secret-${n}.md` };
    case 'case-mismatch': {
      // The file exists, but its name is written with other capitals.
      const wrong = `${target.area}/${target.name.charAt(0).toUpperCase()}${target.name.slice(1)}.md`;
      return { kind, path: wrong, linkPath: wrong };
    }
  }
}

/** An ordinary spec: a title, then sections with prose and one reference per line. */
function fileLinesOf(plan: FilePlan, specs: RefSpec[], random: SeededRandom): Part[][] {
  const lines: Part[][] = [[`# ${plan.area} ${plan.name}`], [''], [random.pick(PROSE)], ['']];
  const perSection = Math.ceil(specs.length / plan.headings.length);
  plan.headings.forEach((heading, h) => {
    lines.push([`## ${heading}`], [''], [random.pick(PROSE)]);
    for (const spec of specs.slice(h * perSection, (h + 1) * perSection)) lines.push(refLine(spec, random.int(4)));
    lines.push(['']);
  });
  return lines;
}

/** The large file: `## Part N` every 50 lines, prose, and its references spread evenly. */
function largeFileLinesOf(plan: FilePlan, specs: RefSpec[], lineCount: number): Part[][] {
  const lines: Part[][] = [[`# ${plan.area} ${plan.name}`]];
  const every = specs.length > 0 ? Math.max(1, Math.floor(lineCount / specs.length)) : Infinity;
  let used = 0;
  for (let n = 1; lines.length < lineCount; n++) {
    if (n % 50 === 1) lines.push([`## Part ${Math.floor(n / 50) + 1}`]);
    else if (n % every === 0 && used < specs.length) lines.push(refLine(specs[used++] as RefSpec, n % 4));
    else lines.push([`Line ${n}: ${PROSE[n % PROSE.length] ?? ''}`]);
  }
  // References that did not fit in the spacing go at the end.
  while (used < specs.length) lines.push(refLine(specs[used++] as RefSpec, 0));
  return lines;
}

/** One line holding one reference, in one of a few shapes that real specs use. */
function refLine(spec: RefSpec, shape: number): Part[] {
  switch (shape) {
    case 0: return ['See ', spec, ' for the details.'];
    case 1: return ['- Model: ', spec];
    case 2: return ['Per ', spec, ', the owner is checked.'];
    default: return ['', spec, ' describes this part.'];
  }
}

/** Renders parts as tokens (recording probes) when `file` is given, else as links. */
function render(lines: Part[][], file: string | undefined, probes: Probe[] | undefined): string {
  const out: string[] = [];
  lines.forEach((parts, line) => {
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
      } else if (file !== undefined) {
        if (probes && !isBroken(part.kind)) probes.push({ file, line, character: text.length + 3, kind: part.kind as ValidKind });
        text += tokenText(part);
      } else {
        text += linkText(part, 'spec');
      }
    }
    out.push(text);
  });
  return out.join('\n') + '\n';
}

/** Every k-th probe, so the sample spreads over the whole workspace. */
function sampleProbes(probes: Probe[], count: number): Probe[] {
  const step = Math.max(1, Math.floor(probes.length / count));
  return probes.filter((_, i) => i % step === 0).slice(0, count);
}

/** Broken references written, by kind. */
export function brokenCounts(workspace: SyntheticWorkspace): Record<BrokenKind, number> {
  return Object.fromEntries(BROKEN_KINDS.map((k) => [k, workspace.countsByKind[k]])) as Record<BrokenKind, number>;
}
