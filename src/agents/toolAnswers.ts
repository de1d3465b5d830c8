// What each agent tool answers, as structured data and as text a model reads.
// Every answer starts by bringing the index up to date with the disk. Bad
// input throws a ToolInputError that says what to send instead.
import type { z } from 'zod';
import { findingRecord } from '../core/diagnostics';
import { accessRuleLabel, effectiveOwnership } from '../core/model';
import { applyChange } from './designChange';
import type { CheckSpecsInput, CheckSpecsOutput, DesignChangeInput, DesignChangeOutput, ExportOpenApiInput, ExportOpenApiOutput, ListRoutesInput, ListRoutesOutput, ReadReferenceInput, ReadReferenceOutput } from './toolSchemas';
import { unifiedDiff } from './unifiedDiff';
import type { Finding, WorkspaceChecks } from './workspaceChecks';
import { ToolInputError, workspacePath } from './workspacePaths';

export interface Answer<T> {
  structured: T;
  text: string;
}

/** The fix of a finding as one line: its fixes' titles, the preferred one first. */
function fixText(f: Finding): string | undefined {
  const fixes = [...(f.fixes ?? [])].sort((a, b) => Number(b.preferred ?? false) - Number(a.preferred ?? false));
  return fixes.length ? fixes.map((x) => x.title).join('; or ') : undefined;
}

/** One finding as a line, the way the hook prints it too. */
export function findingLine(f: z.infer<typeof CheckSpecsOutput>['findings'][number]): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}${f.fix ? ` Fix: ${f.fix}.` : ''}`;
}

export function toFindingOut(f: Finding): z.infer<typeof CheckSpecsOutput>['findings'][number] {
  const fix = fixText(f);
  const { source, ...record } = findingRecord(f);
  return { ...record, ...(fix ? { fix } : {}), source };
}

/** The last check_specs answer per workspace: asked again with nothing changed, it is the same. */
const lastCheck = new WeakMap<WorkspaceChecks, { key: string; answer: Answer<z.infer<typeof CheckSpecsOutput>> }>();

export async function checkSpecs(checks: WorkspaceChecks, input: z.infer<typeof CheckSpecsInput>): Promise<Answer<z.infer<typeof CheckSpecsOutput>>> {
  const files = input.files?.map((f) => workspacePath(checks.folder, f));
  await checks.refresh();
  const key = `${checks.version}\0${files?.join('\0') ?? ''}`;
  const last = lastCheck.get(checks);
  if (last?.key === key) return last.answer;
  const answer = await checkAnswer(checks, files);
  lastCheck.set(checks, { key, answer });
  return answer;
}

async function checkAnswer(checks: WorkspaceChecks, files: string[] | undefined): Promise<Answer<z.infer<typeof CheckSpecsOutput>>> {
  const findings = (await checks.findings(files)).map(toFindingOut);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const checked = files ? files.join(', ') : 'workspace';
  const head = findings.length === 0 ? `No findings in ${checked}.` : `${findings.length} finding${findings.length === 1 ? '' : 's'} in ${checked} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}):`;
  return { structured: { findings, errors, warnings, checked }, text: [head, ...findings.map(findingLine)].join('\n') };
}

export async function readReference(checks: WorkspaceChecks, input: z.infer<typeof ReadReferenceInput>): Promise<Answer<z.infer<typeof ReadReferenceOutput>>> {
  const reference = input.reference.trim().startsWith('@specs/') ? input.reference.trim() : `@specs/${input.reference.trim().replace(/^\/+/, '')}`;
  await checks.refresh();
  const found = await checks.lookup(reference, input.route?.trim());
  if (!found) throw new ToolInputError(`"${input.reference}" is not a reference: send one such as "@specs/db/models.md#task", and a route such as "GET /api/tasks/{task_id}" in route.`);
  if (found.kind === 'broken') {
    const { kind, code, message, closest } = found;
    return { structured: { kind, code, message, closest }, text: `${reference} does not resolve: ${code} ${message}${closest.length ? `\nClosest: ${closest.join(', ')}` : ''}` };
  }
  if (found.kind === 'folder') return { structured: { kind: 'folder', file: found.folder, files: found.files }, text: `${reference} is the folder ${found.folder}/:\n${found.files.join('\n')}` };
  if (found.kind === 'glob') return { structured: { kind: 'glob', files: found.matches }, text: `${reference} matches:\n${found.matches.join('\n')}` };
  return { structured: found, text: `${found.file}, lines ${found.startLine}-${found.endLine}:\n\n${found.text}` };
}

export async function listRoutes(checks: WorkspaceChecks, input: z.infer<typeof ListRoutesInput>): Promise<Answer<z.infer<typeof ListRoutesOutput>>> {
  await checks.refresh();
  const { design, sources } = await checks.api();
  const routes = design.resources.flatMap((res) => res.routes.map((r) => ({ res, r })))
    .filter(({ res, r }) => (input.resource === undefined || res.name === input.resource) && (input.pathPrefix === undefined || r.path.startsWith(input.pathPrefix)))
    .map(({ res, r }) => {
      const at = sources.get(r);
      return {
        method: r.method,
        path: r.path,
        resource: res.name,
        purpose: r.purpose,
        auth: r.auth ?? 'unspecified',
        ownership: effectiveOwnership(r) ?? 'unspecified',
        ...(r.access ? { access: accessRuleLabel(r.access) } : {}),
        ...(r.requestSchema ? { request: r.requestSchema } : {}),
        responses: r.responses.map((x) => ({ status: x.status, ...(x.schema ? { schema: x.schema } : {}) })),
        errors: r.errors,
        ...(at ? { file: at.file, line: at.range.start.line + 1 } : {}),
      };
    });
  const text = routes.length === 0
    ? `No routes${input.resource || input.pathPrefix ? ' match' : ` in ${checks.specsRoot}/api`}.${design.resources.length ? ` Resources: ${design.resources.map((r) => r.name).join(', ')}.` : ''}`
    : routes.map((r) => `${r.method} ${r.path} (${r.resource}) ${r.purpose} auth=${r.auth} ownership=${r.ownership}${r.access ? ` access=${r.access}` : ''}${r.request ? ` request=${r.request}` : ''} responses=${r.responses.map((x) => `${x.status}${x.schema ? `:${x.schema}` : ''}`).join(',')} errors=${r.errors.join(',') || '-'}${r.file ? ` ${r.file}:${r.line}` : ''}`).join('\n');
  return { structured: { title: design.title, basePath: design.basePath, routes }, text };
}

/** Plans (and with `write`, applies) a design or a change to the current one. */
export async function designChange(checks: WorkspaceChecks, input: z.infer<typeof DesignChangeInput>, write: boolean): Promise<Answer<z.infer<typeof DesignChangeOutput>>> {
  if ((input.design === undefined) === (input.change === undefined)) {
    throw new ToolInputError('Send either design (a complete API design) or change (e.g. {"routes": [{"resource": "tasks", "route": {...}}]}), not both and not neither.');
  }
  await checks.refresh();
  const raw = input.design ?? applyChange((await checks.api()).design, input.change ?? {});
  const valid = checks.validate(raw);
  if (!valid.ok) throw new ToolInputError(`The ${input.design ? 'design' : 'design after the change'} is not valid; nothing was written. Fix these and send it again:\n${valid.problems.map((p) => `- ${p}`).join('\n')}`);
  const plan = await checks.planDesign(valid.design);
  if (plan.outside.length > 0) throw new ToolInputError(`Refused: ${plan.outside.join(', ')} would be written outside ${plan.specsRoot}/api/. Nothing was written.`);
  const written = write ? await checks.writePlan(plan) : [];
  const files = plan.files.map((f) => ({ path: f.path, status: f.status, diff: unifiedDiff(f.path, checks.diff(f.before, f.after), f.status === 'new') }));
  const changed = files.filter((f) => f.status !== 'unchanged');
  const head = changed.length === 0
    ? 'The specs already say this; nothing would change.'
    : write ? `Wrote ${written.length} file${written.length === 1 ? '' : 's'}: ${written.join(', ')}.` : `Would write ${changed.length} file${changed.length === 1 ? '' : 's'} (nothing written):`;
  const kept = plan.kept.length ? `\nKept (not in the design, never deleted here): ${plan.kept.join(', ')}` : '';
  return { structured: { files, kept: plan.kept, written }, text: `${head}${kept}\n\n${changed.map((f) => f.diff).join('\n')}`.trimEnd() };
}

export async function exportOpenApi(checks: WorkspaceChecks, input: z.infer<typeof ExportOpenApiInput>): Promise<Answer<z.infer<typeof ExportOpenApiOutput>>> {
  const format = input.format ?? 'json';
  await checks.refresh();
  const result = await checks.exportOpenApi(format);
  if (!result) throw new ToolInputError(`There are no API specs in ${checks.specsRoot}/api (expected *.md files); write one, or use plan_design_change to design them.`);
  return { structured: { format, routes: result.routes, files: result.files, document: result.text }, text: result.text };
}
