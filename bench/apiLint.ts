// (g) The API lint after an edit: a workspace of N API spec files written by
// the writer (one resource of four routes per file, plus the README, errors.md
// and a database spec), warmed once, then one spec edited at a time (its first
// route's purpose) and the service told, and that file's findings asked for.
// Only the edited file is parsed again; the rules see the whole design.
import type { ApiDesign, Resource } from '../src/core/model';
import { writeApiSpecs } from '../src/core/writer';
import { createSpecService } from '../src/core/service';
import { defaultSettings } from '../src/core/settings';
import { timed } from './measure';
import { MemoryHost } from './memoryHost';

const MODELS = ['# Database models', '', '## Task', '', '| Column | Type | Constraints |', '|---|---|---|', '| id | int | primary key |', '| user_id | int | foreign key users.id |', '| title | str | max 200 |', ''].join('\n');

function resource(i: number): Resource {
  const name = `res${String(i).padStart(4, '0')}`;
  const base = `/api/${name}s`;
  return {
    name,
    title: `Resource ${i}`,
    owned: true,
    model: '@specs/db/models.md#task',
    routes: [
      { method: 'GET', path: base, purpose: `List the caller's ${name} rows.`, auth: 'jwt', ownership: 'owner', params: [], responses: [{ status: 200 }], errors: [401, 422] },
      { method: 'POST', path: base, purpose: `Create one ${name} row.`, auth: 'jwt', ownership: 'owner', params: [], responses: [{ status: 201 }], errors: [401, 422] },
      { method: 'GET', path: `${base}/{item_id}`, purpose: `Read one ${name} row.`, auth: 'jwt', ownership: 'owner', params: [{ name: 'item_id', in: 'path', type: 'integer', required: true }], responses: [{ status: 200 }], errors: [401, 404, 422] },
      { method: 'DELETE', path: `${base}/{item_id}`, purpose: `Delete one ${name} row.`, auth: 'jwt', ownership: 'owner', params: [{ name: 'item_id', in: 'path', type: 'integer', required: true }], responses: [{ status: 204 }], errors: [401, 404, 422] },
    ],
  } as Resource;
}

/** The specs of `count` resources, as the writer writes them, and a database spec. */
export function apiWorkspace(count: number): Map<string, string> {
  const design = {
    title: 'Bench API',
    basePath: '',
    auth: { scheme: 'jwt-bearer', header: 'Authorization', algorithm: 'HS256', userClaim: 'sub', tokenLifetimeMinutes: 60, ownership: { column: 'user_id', otherUserStatus: 404 } },
    errors: { schema: { kind: 'fastapi-detail' }, catalog: [{ status: 401, meaning: 'No valid token.' }, { status: 404, meaning: 'Not found.' }] },
    resources: Array.from({ length: count }, (_, i) => resource(i)),
    schemas: [],
  } as unknown as ApiDesign;
  const files = new Map(writeApiSpecs(design, { specsRoot: 'specs' }).map((f) => [f.path, f.text]));
  files.set('specs/db/models.md', MODELS);
  return files;
}

/** Edits `edits` API specs one after the other; the milliseconds of each re-lint (tell the service, ask the file's findings). */
export async function relintRuns(count: number, edits: number): Promise<{ samples: number[]; files: number; findings: number }> {
  const files = apiWorkspace(count);
  const host = new MemoryHost(files);
  const service = createSpecService({ host, settings: defaultSettings() });
  const findings = (await service.workspaceDiagnostics()).length;
  const samples: number[] = [];
  for (let i = 0; i < edits; i++) {
    const path = `specs/api/res${String((i * 7919) % count).padStart(4, '0')}.md`;
    const original = files.get(path) ?? '';
    const before = (await service.diagnostics(path)).length;
    const edited = original.replace(/^(List the caller's .*)\.$/m, `$1, edit ${i}.`);
    if (edited === original) throw new Error(`edit ${i}: the purpose line of ${path} was not found`);
    host.setFile(path, edited);
    const { result, ms } = await timed(async () => {
      await service.fileChanged(path);
      return service.diagnostics(path);
    });
    samples.push(ms);
    if (result.length !== before) throw new Error(`edit ${i}: ${result.length} findings in ${path} after an edit to a purpose, expected ${before}`);
    host.setFile(path, original);
    await service.fileChanged(path);
  }
  return { samples, files: [...files.keys()].filter((p) => p.startsWith('specs/api/')).length, findings };
}
