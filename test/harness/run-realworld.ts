// `npm run test:realworld`: the lint on the real-world corpus
// (../shared/corpus-train) measured against the labels in test/realworld/:
// precision per rule and overall, recall on reviewer-found problems, and the
// ratchet on baseline.json. Without the corpus it says "skipped: no corpus".
//   --record  raise baseline.json to today's figures where they improved
//   --all     list every unlabelled finding, not just the first 40
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runLevel } from './levelMain';
import { corpusDir, corpusFindings, corpusRepos, SourceLines } from '../realworld/findings';
import { loadLabels, loadProblems } from '../realworld/labels';
import { measure } from '../realworld/measure';
import { compare, currentFigures, loadBaseline, raised, saveBaseline } from '../realworld/ratchet';
import { formatReport } from '../realworld/report';

const args = new Set(process.argv.slice(2));

runLevel('realworld', async () => {
  const corpus = corpusDir();
  const repos = corpusRepos(corpus);
  if (repos.length === 0) {
    process.stdout.write(`skipped: no corpus (${corpus} is missing or empty)\n`);
    return { passed: 0, failed: 0, skipped: 'no corpus' };
  }
  const cli = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run node scripts/build.mjs first');

  const { labels, problems: labelProblems } = loadLabels();
  const { problems, malformed } = loadProblems();
  const findings = corpusFindings(corpus, cli, new SourceLines(corpus));
  const figures = measure(findings, labels, problems);
  process.stdout.write(formatReport(figures, { listUnlabelled: args.has('--all') ? Infinity : 40 }));

  const checks = [
    { name: 'labels are well-formed', ok: labelProblems.length === 0, detail: labelProblems.slice(0, 10).join('; ') || `${labels.length} labels` },
    { name: 'problems are well-formed', ok: malformed.length === 0, detail: malformed.slice(0, 10).join('; ') || `${problems.length} problems` },
    { name: 'every label names a corpus repository', ok: labels.every((l) => repos.includes(l.repo)), detail: `${repos.length} repositories` },
  ];
  const now = currentFigures(figures);
  const best = loadBaseline();
  if (best) checks.push(...compare(now, best, figures));
  else checks.push({ name: 'baseline.json exists', ok: args.has('--record'), detail: 'run with --record to write it' });

  process.stdout.write('\nratchet (test/realworld/baseline.json):\n');
  for (const c of checks) process.stdout.write(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}\n`);
  const failed = checks.filter((c) => !c.ok).length;
  if (args.has('--record')) {
    const next = failed === 0 ? raised(now, best) : undefined;
    if (failed > 0) process.stdout.write('\nnot recorded: a figure got worse (the baseline is never lowered)\n');
    else if (next) {
      saveBaseline(next);
      process.stdout.write('\nrecorded the improved figures in test/realworld/baseline.json\n');
    } else process.stdout.write('\nnothing improved: baseline.json unchanged\n');
  }
  return { passed: checks.length - failed, failed };
});
