// What the real-world level prints: the precision table, findings per
// repository, recall and what was missed, unlabelled findings (to label them)
// and true findings the lint no longer reports.
import { labelledOf, type Figures, type RuleFigures } from './measure';

const pct = (x: number): string => x.toFixed(3);

function row(name: string, r: RuleFigures): string {
  const all = r.right + r.wrong + r.noise + r.unlabelled;
  return `${name.padEnd(34)} ${String(all).padStart(5)} ${String(r.right).padStart(6)} ${String(r.wrong).padStart(6)} ${String(r.noise).padStart(6)} ${String(r.unlabelled).padStart(10)} ${pct(r.precision).padStart(9)}`;
}

export function formatReport(f: Figures, options: { listUnlabelled: number }): string {
  const out: string[] = [];
  out.push(`${'rule'.padEnd(34)} ${'found'.padStart(5)} ${'right'.padStart(6)} ${'wrong'.padStart(6)} ${'noise'.padStart(6)} ${'unlabelled'.padStart(10)} ${'precision'.padStart(9)}`);
  for (const code of Object.keys(f.perRule).sort()) {
    const r = f.perRule[code] as RuleFigures;
    out.push(row(code, r) + (labelledOf(r) < 10 ? '  (under 10 labelled: not ratcheted)' : ''));
  }
  out.push(row('overall', f.overall));
  out.push('');
  out.push(`findings per repository (${f.total} in ${Object.keys(f.perRepo).length} repositories):`);
  for (const [repo, n] of Object.entries(f.perRepo).sort(([a], [b]) => a.localeCompare(b))) out.push(`  ${String(n).padStart(4)}  ${repo}`);
  out.push('');
  out.push(`labelled: ${f.labelled} labels, ${f.labelledReported} of them reported today; ${f.unlabelled.length} findings unlabelled`);
  out.push(`recall on reviewer-found problems: ${f.caught.length} / ${f.caught.length + f.missed.length} = ${pct(f.recall)}`);
  for (const p of f.missed) out.push(`  missed ${p.id} (${p.repo} ${p.file}${p.route ? ` ${p.route}` : ''}; ${p.codes.join(', ')}): ${p.what}`);
  const lost = f.stale.filter((l) => l.verdict === 'right');
  if (lost.length > 0) {
    out.push('');
    out.push(`true findings no longer reported (${lost.length}): say why in the change, or the lint lost them`);
    for (const l of lost) out.push(`  ${l.repo} ${l.file} ${l.code}: ${l.why}`);
  }
  if (f.unlabelled.length > 0) {
    out.push('');
    out.push(`unlabelled findings (count against precision; label them with \`npm run realworld:unlabelled -- --stubs\`):`);
    for (const u of f.unlabelled.slice(0, options.listUnlabelled)) out.push(`  ${u.repo}/${u.file}:${u.line} ${u.code} ${u.message}`);
    if (f.unlabelled.length > options.listUnlabelled) out.push(`  ... and ${f.unlabelled.length - options.listUnlabelled} more (--all lists them all)`);
  }
  return `${out.join('\n')}\n`;
}
