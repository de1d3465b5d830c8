// The agent tools' input and output schemas and the descriptions a model
// reads to choose a tool and fill in its arguments. One definition serves the
// MCP server and the editor's language-model tools.
import { z } from 'zod';
import { DesignChange } from './designChange';

const Line = z.number().int().describe('1-based line number.');

export const CheckSpecsInput = z.object({
  files: z.array(z.string(), { error: 'Send files as a list of workspace-relative paths, e.g. ["CLAUDE.md", "specs/api/tasks.md"], or leave it out.' }).optional().describe('Workspace-relative paths to check, e.g. ["CLAUDE.md", "specs/api/tasks.md"]. Leave out to check the whole workspace.'),
}).strict();

export const FindingOut = z.object({
  file: z.string(),
  line: Line,
  column: z.number().int(),
  endLine: Line,
  endColumn: z.number().int(),
  severity: z.enum(['error', 'warning', 'info', 'hint']),
  code: z.string().describe('Stable code, e.g. ref.no-such-heading or auth.missing.'),
  message: z.string().describe('What is wrong and what to write instead.'),
  fix: z.string().optional().describe('The fix, as text, when there is one (e.g. "Change to #status-codes").'),
  source: z.enum(['references', 'api-lint']),
});

export const CheckSpecsOutput = z.object({
  findings: z.array(FindingOut),
  errors: z.number().int(),
  warnings: z.number().int(),
  checked: z.string().describe('"workspace" or the files checked.'),
});

export const ReadReferenceInput = z.object({
  reference: z.string({ error: 'Send reference as a string such as "@specs/db/models.md#task".' }).describe('A reference as written in the specs or code, e.g. "@specs/db/models.md#task" or "@specs/api/tasks.md".'),
  route: z.string({ error: 'Send route as a string such as "GET /api/tasks/{task_id}", or leave it out.' }).optional().describe('A route the reference names, e.g. "GET /api/tasks/{task_id}": the answer is that route\'s section.'),
}).strict();

export const ReadReferenceOutput = z.object({
  kind: z.enum(['section', 'folder', 'glob', 'broken']).describe('section: the text of the target; folder / glob: the files it names; broken: it does not resolve.'),
  file: z.string().optional(),
  startLine: Line.optional(),
  endLine: Line.optional(),
  heading: z.string().optional(),
  text: z.string().optional().describe('Exactly the target section (from its heading to the next heading of the same or a higher level), or the whole file.'),
  files: z.array(z.string()).optional(),
  code: z.string().optional(),
  message: z.string().optional(),
  closest: z.array(z.string()).optional().describe('References that do resolve and are closest to the one asked for.'),
});

export const ListRoutesInput = z.object({
  resource: z.string().optional().describe('Only this resource\'s routes, e.g. "tasks".'),
  pathPrefix: z.string().optional().describe('Only routes whose path starts with this, e.g. "/api/tasks".'),
}).strict();

export const RouteOut = z.object({
  method: z.string(),
  path: z.string(),
  resource: z.string(),
  purpose: z.string(),
  auth: z.string().describe('"jwt", "public", or "unspecified" when the spec does not say.'),
  ownership: z.string().describe('"owner", "none", or "unspecified"; derived from the access rule when the route states one.'),
  access: z.string().optional().describe('The route\'s access rule when the spec states one: "owner", "owner-or-grant(<level>)" (the owner or a user the row is shared with at that level or above), "role(<value>)", "authenticated" or "public".'),
  request: z.string().optional().describe('The request body schema.'),
  responses: z.array(z.object({ status: z.number().int(), schema: z.string().optional() })),
  errors: z.array(z.number().int()),
  file: z.string().optional(),
  line: Line.optional(),
});

export const ListRoutesOutput = z.object({ title: z.string(), basePath: z.string(), routes: z.array(RouteOut) });

export const DesignChangeInput = z.object({
  design: z.record(z.string(), z.unknown()).optional().describe('A complete API design in Spec Architect\'s JSON model ({"title", "basePath", "auth", "errors", "resources", "schemas"}, as `spec-architect generate` takes). Send either design or change.'),
  change: DesignChange.optional().describe('A change to the current design (read from the API specs): resources, routes and schemas to add or replace, routes and schemas to remove.'),
}).strict();

export const DesignChangeOutput = z.object({
  files: z.array(z.object({ path: z.string(), status: z.enum(['new', 'changed', 'unchanged']), diff: z.string().describe('A unified diff against the file on disk.') })),
  kept: z.array(z.string()).describe('Files of resources the design leaves out; they are never deleted by these tools.'),
  written: z.array(z.string()).describe('Files written (always empty for plan_design_change).'),
});

export const ExportOpenApiInput = z.object({
  format: z.enum(['json', 'yaml'], { error: 'Send format as "json" or "yaml", or leave it out.' }).optional().describe('json (default) or yaml.'),
}).strict();

export const ExportOpenApiOutput = z.object({
  format: z.enum(['json', 'yaml']),
  routes: z.number().int(),
  files: z.array(z.string()).describe('The API spec files read.'),
  document: z.string().describe('The OpenAPI 3.1 document.'),
});

export const DESCRIPTIONS = {
  check_specs: 'Check the project\'s markdown specs: every @specs/... reference (in specs, CLAUDE.md, agent files and code comments) must resolve to an existing file, heading or route, and the API specs under specs/api must pass the API lint rules (auth, ownership, errors, REST naming). Returns each finding with its file, 1-based line, code, severity, message and the fix as text. Call it after you edit a spec or a file that cites one; pass files to check only those.',
  read_reference: 'Read what an @specs/... reference points to: the file, the line range and exactly the text of the section it names (for "@specs/db/models.md#task", the Task section). Add a route ("GET /api/tasks/{task_id}") to read that route\'s section. When the reference does not resolve, returns why and the closest references that do. Use it instead of opening whole spec files.',
  list_routes: 'List the API as the specs define it: for each route its method, path, resource, purpose, auth (jwt/public), ownership, access rule (owner, owner-or-grant(level), role(value), authenticated, public), request and response schemas, error statuses, and the file and line that declare it. Filter by resource or path prefix. Use it before you implement or call a route.',
  plan_design_change: 'Preview a change to the API specs without writing anything: send a complete design or a change (routes, resources or schemas to add, replace or remove) and get the files under specs/api that would be created or changed, each with a unified diff. Hand-written text in existing specs is kept; only the sections the design changes are rewritten.',
  apply_design_change: 'Write a change to the API specs under specs/api (the same input as plan_design_change, which you should call first). Existing specs are updated in place, keeping hand-written text. Only available when the server was started with --allow-write; never writes outside the specs root.',
  export_openapi: 'Export the API specs as an OpenAPI 3.1 document (JSON or YAML), e.g. to generate a client or compare with the FastAPI app\'s /openapi.json.',
} as const;

export type ToolName = keyof typeof DESCRIPTIONS;
