// `npm run bench`: generates the synthetic workspace and measures, in one
// run, side by side: (a) our cold full validation, (b) the markdown
// language service's, (c) the floor, (d) one-file re-validation after an
// edit, (e) hover and definition on a warm index, (f) memory, (g) one-file
// re-lint after an edit in a workspace of 1,000 API specs, (h) the whole CLI
// process against remark-cli + remark-validate-links. Fails (exit 1) when a
// validator does not find exactly the broken references written.
import { cpus, loadavg } from 'node:os';
import { generateWorkspace, brokenCounts } from './generator';
import type { Probe, SyntheticWorkspace } from './generator';
import { checkGoals, checkMarkdownLsCounts, checkOurCounts } from './goals';
import { MarkdownLsWorkspace, validateWithMarkdownLs } from './markdownLs';
import { collectGarbage, distribution, readMemory, timed } from './measure';
import { MemoryHost } from './memoryHost';
import { scanFloor } from './floor';
import { formatMcp, measureMcp } from './mcp';
import { parseOptions } from './options';
import { relintRuns } from './apiLint';
import { cliRuns } from './cliProcess';
import type { BenchOptions } from './options';
import { createOurService } from './ours';
import type { OurService } from './ours';
import { formatReport, median, writeResults } from './report';
import type { BenchResults } from './report';

const ROUNDS = 3;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function tally(codes: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** Heap growth while `work` runs and its result is still held, after collections (MiB). */
async function heldHeap<T>(work: () => Promise<T>): Promise<{ value: T; heldMiB: number }> {
  collectGarbage();
  const before = readMemory().heapUsedMiB;
  const value = await work();
  collectGarbage();
  return { value, heldMiB: readMemory().heapUsedMiB - before };
}

/** (a), (b), (c): cold full validation, each round with fresh structures, order rotated. */
async function fullValidation(ws: SyntheticWorkspace) {
  const full = { ours: [] as number[], markdownLs: [] as number[], floor: [] as number[] };
  let oursByCode: Record<string, number> = {};
  let markdownLsByCode: Record<string, number> = {};
  let floorTokens = 0;
  let warm: { service: OurService; host: MemoryHost } | undefined;
  const retainedHeapMiB = { ours: 0, markdownLs: 0 };
  const runs: Record<string, () => Promise<void>> = {
    // The floor takes tens of milliseconds, where one collection pause
    // weighs a lot: it runs five times a round and the median is kept.
    floor: async () => {
      for (let i = 0; i < 5; i++) {
        const host = new MemoryHost(ws.tokenFiles);
        const { result, ms } = await timed(() => scanFloor(host, 'specs'));
        full.floor.push(ms);
        floorTokens = result;
      }
    },
    ours: async () => {
      const host = new MemoryHost(ws.tokenFiles);
      const { value, heldMiB } = await heldHeap(() => timed(async () => {
        const service = await createOurService(host);
        return { service, findings: await service.validateAll() };
      }));
      full.ours.push(value.ms);
      oursByCode = tally(value.result.findings.map((f) => f.code));
      retainedHeapMiB.ours = heldMiB;
      warm = { service: value.result.service, host };
    },
    markdownLs: async () => {
      const workspace = new MarkdownLsWorkspace(ws.linkFiles);
      const { value, heldMiB } = await heldHeap(() => timed(() => validateWithMarkdownLs(workspace)));
      full.markdownLs.push(value.ms);
      markdownLsByCode = value.result.diagnosticsByCode;
      retainedHeapMiB.markdownLs = heldMiB;
      value.result.dispose();
    },
  };
  const order = ['floor', 'ours', 'markdownLs'];
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < order.length; i++) {
      const name = order[(i + round) % order.length] as string;
      await runs[name]?.();
      log(`  round ${round + 1}: ${name} ${(full[name as keyof typeof full].at(-1) ?? NaN).toFixed(1)} ms`);
    }
  }
  if (!warm) throw new Error('our validation did not run');
  return { full, found: { oursByCode, markdownLsByCode, floorTokens }, retainedHeapMiB, warm };
}

/**
 * (d): appends a word to one line of the large file, then times telling the
 * index and re-validating that file. The findings must stay those of the
 * unedited file, since no edit touches a reference.
 */
async function editRuns(ws: SyntheticWorkspace, options: BenchOptions, service: OurService, host: MemoryHost): Promise<number[]> {
  const original = ws.tokenFiles.get(ws.largeFile) ?? '';
  const lines = original.split('\n');
  const expected = (await service.revalidate(ws.largeFile)).length;
  const samples: number[] = [];
  for (let i = 0; i < options.edits; i++) {
    const at = 1 + ((i * 7919) % (lines.length - 2));
    const edited = [...lines];
    edited[at] = `${edited[at] ?? ''} edit${i}`;
    host.setFile(ws.largeFile, edited.join('\n'));
    const { result, ms } = await timed(() => service.revalidate(ws.largeFile));
    samples.push(ms);
    if (result.length !== expected) throw new Error(`edit ${i} at line ${at + 1}: ${result.length} findings in ${ws.largeFile}, expected ${expected}`);
  }
  host.setFile(ws.largeFile, original);
  await service.revalidate(ws.largeFile);
  return samples;
}

/** (e): hover and definition at valid references: hover must answer at each, definition at each file or heading (folders and globs have none). */
async function probeRuns(probes: readonly Probe[], count: number, service: OurService) {
  const hover: number[] = [];
  const definition: number[] = [];
  for (let i = 0; i < count; i++) {
    const probe = probes[i % probes.length];
    if (!probe) break;
    const h = await timed(() => service.hover(probe));
    const d = await timed(() => service.definition(probe));
    if (h.result === undefined) throw new Error(`no hover at ${probe.file}:${probe.line + 1}:${probe.character + 1} (${probe.kind})`);
    if (d.result === undefined && (probe.kind === 'file' || probe.kind === 'file-no-ext' || probe.kind === 'heading')) throw new Error(`no definition at ${probe.file}:${probe.line + 1}:${probe.character + 1} (${probe.kind})`);
    hover.push(h.ms);
    definition.push(d.ms);
  }
  return { hover, definition };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const loadAtStart = loadavg()[0] ?? 0;
  const generated = await timed(async () => generateWorkspace(options));
  const ws = generated.result;
  log(`generated ${ws.tokenFiles.size} files, ${options.refs} references in ${generated.ms.toFixed(0)} ms`);
  const { full, found, retainedHeapMiB, warm } = await fullValidation(ws);
  log('re-validation after edits...');
  const edit = await editRuns(ws, options, warm.service, warm.host);
  log('hover and definition...');
  const probes = await probeRuns(ws.probes, options.probes, warm.service);
  log(`API lint: ${options.apiFiles} API specs, re-lint after edits...`);
  const relint = await relintRuns(options.apiFiles, options.edits);
  const cliRefs = Math.round((options.refs * options.cliFiles) / options.files);
  log(`CLI processes: ${options.cliFiles} files, ${cliRefs} references, ${options.cliRounds} rounds each...`);
  const cliWs = generateWorkspace({ ...options, files: options.cliFiles, refs: cliRefs, brokenPerKind: Math.max(1, Math.round((options.brokenPerKind * options.cliFiles) / options.files)), largeFileLines: Math.min(options.largeFileLines, 1000) });
  const cli = cliRuns(cliWs.tokenFiles, cliWs.linkFiles, options.cliRounds);
  const cliBroken = Object.values(brokenCounts(cliWs)).reduce((a, b) => a + b, 0);

  const expected = brokenCounts(ws);
  const oursMs = median(full.ours);
  const markdownLsMs = median(full.markdownLs);
  const floorMs = median(full.floor);
  const results: BenchResults = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${cpus()[0]?.model ?? 'unknown cpu'} x${cpus().length}`,
    loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
    workspace: { files: options.files, refs: options.refs, brokenByKind: expected, largeFileLines: options.largeFileLines, seed: options.seed },
    full,
    found,
    edit: distribution(edit),
    hover: distribution(probes.hover),
    definition: distribution(probes.definition),
    retainedHeapMiB,
    relint: { ...distribution(relint.samples), apiFiles: relint.files },
    cli: { files: options.cliFiles, refs: cliRefs, ...cli },
    memory: readMemory(),
    ratios: { markdownLsOverOurs: markdownLsMs / oursMs, oursOverFloor: oursMs / floorMs },
    goals: [],
    countMismatches: [...checkOurCounts(expected, found.oursByCode), ...checkMarkdownLsCounts(expected, found.markdownLsByCode)],
  };
  if (found.floorTokens !== options.refs) {
    results.countMismatches.push({ validator: 'floor', what: 'tokens', expected: options.refs, found: found.floorTokens });
  }
  results.goals = checkGoals({
    oursFullMs: oursMs,
    markdownLsFullMs: markdownLsMs,
    floorMs,
    editMedianMs: results.edit.median,
    hoverMedianMs: results.hover.median,
    definitionMedianMs: results.definition.median,
    relintMedianMs: results.relint.median,
    cliOursMs: median(cli.ours),
    cliRemarkMs: median(cli.remark),
  });
  if (cli.oursFindings !== cliBroken) results.countMismatches.push({ validator: 'spec-architect lint (CLI)', what: 'findings', expected: cliBroken, found: cli.oursFindings });
  log('MCP server...');
  const mcp = await measureMcp(ws, Object.values(found.oursByCode).reduce((a, b) => a + b, 0));
  process.stdout.write(formatReport(results));
  process.stdout.write(formatMcp(mcp, oursMs));
  const withMcp = { ...results, mcp: { ...mcp, firstOverColdValidation: mcp.firstMs / oursMs } };
  writeResults(options.out, withMcp);
  log(`results written to ${options.out}`);
  if (results.countMismatches.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
