// `npm run realworld:unlabelled`: the corpus findings that have no label yet,
// each with a few lines of its source, so labelling new findings is quick.
//   --stubs        also append a stub (verdict "todo") per finding to
//                  test/realworld/labels/<repo>.json, to fill in by hand
//   --repo NAME    only this repository
//   --context N    lines of source on each side (default 3)
//   --todo         show the stubs still marked "todo" instead
//   --verdict V    show the reported findings labelled V instead (wrong, noise,
//                  right; comma-separated), each with its label's reason: what
//                  the lint still gets wrong, to fix next
import { join } from 'node:path';
import { corpusDir, corpusFindings, corpusRepos, SourceLines } from '../realworld/findings';
import { keyOf, keyString } from '../realworld/labelKey';
import { loadLabels, saveLabels, type Label } from '../realworld/labels';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const corpus = corpusDir();
if (corpusRepos(corpus).length === 0) {
  process.stdout.write(`skipped: no corpus (${corpus})\n`);
  process.exit(0);
}
const onlyRepo = option('--repo');
const context = Number(option('--context') ?? 3);
const sources = new SourceLines(corpus);
const { labels } = loadLabels();
const verdicts = option('--verdict')?.split(',');
const byKey = new Map(labels.map((l) => [keyString(l), l]));
const done = new Set(labels.filter((l) => (argv.includes('--todo') ? l.verdict !== 'todo' : true)).map((l) => keyString(l)));
const findings = corpusFindings(corpus, join(__dirname, '..', '..', '..', 'dist', 'cli.js'), sources)
  .filter((f) => !onlyRepo || f.repo === onlyRepo)
  .filter((f) => (verdicts ? verdicts.includes(byKey.get(keyString(keyOf(f)))?.verdict ?? '') : !done.has(keyString(keyOf(f)))));

for (const f of findings) {
  const why = verdicts ? ` (${byKey.get(keyString(keyOf(f)))?.verdict}: ${byKey.get(keyString(keyOf(f)))?.why})` : '';
  process.stdout.write(`\n### ${f.repo}/${f.file}:${f.line} ${f.code} [${f.hash} #${f.n}]${why}\n${f.message}\n`);
  const lines = sources.lines(f.repo, f.file);
  for (let i = Math.max(1, f.line - context); i <= Math.min(lines.length, f.line + context); i++) {
    process.stdout.write(`${i === f.line ? '>' : ' '}${String(i).padStart(5)}  ${(lines[i - 1] ?? '').trimEnd()}\n`);
  }
}
process.stdout.write(`\n${findings.length} finding${findings.length === 1 ? '' : 's'} ${verdicts ? `labelled ${verdicts.join(' or ')}` : argv.includes('--todo') ? 'with a todo stub' : 'without a label'}\n`);

if (argv.includes('--stubs') && !argv.includes('--todo')) {
  const byRepo = new Map<string, Label[]>();
  for (const l of labels) byRepo.set(l.repo, [...(byRepo.get(l.repo) ?? []), l]);
  for (const f of findings) byRepo.set(f.repo, [...(byRepo.get(f.repo) ?? []), { ...keyOf(f), verdict: 'todo', why: '', seenAt: f.line }]);
  for (const repo of new Set(findings.map((f) => f.repo))) saveLabels(repo, byRepo.get(repo) ?? []);
  process.stdout.write(`wrote ${findings.length} stubs (verdict "todo") to test/realworld/labels/\n`);
}
