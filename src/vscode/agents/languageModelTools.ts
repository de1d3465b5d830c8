// The read-only agent tools as VS Code language-model tools (Copilot agent
// mode and any chat participant): check_specs, read_reference and
// list_routes, answered by the same code as the MCP server, over the files on
// disk of the workspace folder. They only read, so they ask no confirmation.
// Where VS Code can take MCP servers from extensions (1.101 and later), the
// extension also offers its MCP server for each workspace folder.
import * as nodePath from 'node:path';
import * as vscode from 'vscode';
import type { z } from 'zod';
import * as answers from '../../agents/toolAnswers';
import { CheckSpecsInput, ListRoutesInput, ReadReferenceInput } from '../../agents/toolSchemas';
import { WorkspaceChecks } from '../../agents/workspaceChecks';
import { ToolInputError } from '../../agents/workspacePaths';

/** The tool names package.json contributes. */
export const LanguageModelToolNames = {
  checkSpecs: 'spec_architect_check_specs',
  readReference: 'spec_architect_read_reference',
  listRoutes: 'spec_architect_list_routes',
} as const;

/** One WorkspaceChecks per folder, kept between calls so later answers only read what changed. */
const byFolder = new Map<string, Promise<WorkspaceChecks>>();

function checksFor(file?: string): Promise<WorkspaceChecks> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  const folder = (file && nodePath.isAbsolute(file) ? folders.find((f) => file.startsWith(f.uri.fsPath + nodePath.sep)) : undefined) ?? folders[0];
  if (!folder) return Promise.reject(new ToolInputError('No workspace folder is open: open the project folder that holds specs/ first.'));
  let checks = byFolder.get(folder.uri.fsPath);
  if (!checks) {
    checks = WorkspaceChecks.open(folder.uri.fsPath, { watch: true });
    byFolder.set(folder.uri.fsPath, checks);
    // A folder that could not be opened is tried again at the next call.
    checks.catch(() => byFolder.delete(folder.uri.fsPath));
  }
  return checks;
}

function tool<S extends z.ZodType>(schema: S, message: string, run: (input: z.infer<S>) => Promise<answers.Answer<unknown>>): vscode.LanguageModelTool<unknown> {
  return {
    prepareInvocation: () => ({ invocationMessage: message }),
    async invoke(options) {
      const parsed = schema.safeParse(options.input ?? {});
      // A thrown error reaches the model as the tool's answer: say what to send.
      if (!parsed.success) throw new Error(`Invalid input: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}`);
      const answer = await run(parsed.data);
      return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(answer.text)]);
    },
  };
}

export function registerLanguageModelTools(context: vscode.ExtensionContext): void {
  if (typeof vscode.lm?.registerTool !== 'function') return;
  context.subscriptions.push(
    vscode.lm.registerTool(LanguageModelToolNames.checkSpecs, tool(CheckSpecsInput, 'Checking the specs', async (input) => answers.checkSpecs(await checksFor(input.files?.[0]), input))),
    vscode.lm.registerTool(LanguageModelToolNames.readReference, tool(ReadReferenceInput, 'Reading the spec reference', async (input) => answers.readReference(await checksFor(), input))),
    vscode.lm.registerTool(LanguageModelToolNames.listRoutes, tool(ListRoutesInput, 'Listing the API routes', async (input) => answers.listRoutes(await checksFor(), input))),
  );
  context.subscriptions.push({ dispose: () => {
    for (const checks of byFolder.values()) void checks.then((c) => c.dispose(), () => undefined);
    byFolder.clear();
  } });
  registerMcpServerProvider(context);
}

/** The parts of the 1.101 API used here; absent in 1.100, where nothing is registered. */
interface McpApi {
  registerMcpServerDefinitionProvider(id: string, provider: { provideMcpServerDefinitions(): unknown[] }): vscode.Disposable;
}
type McpStdioServerDefinitionClass = new (label: string, command: string, args: string[], env: Record<string, string>, version?: string) => unknown;

function registerMcpServerProvider(context: vscode.ExtensionContext): void {
  const lm = vscode.lm as unknown as Partial<McpApi>;
  const Definition = (vscode as unknown as { McpStdioServerDefinition?: McpStdioServerDefinitionClass }).McpStdioServerDefinition;
  if (typeof lm.registerMcpServerDefinitionProvider !== 'function' || typeof Definition !== 'function') return;
  const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath;
  const version = String((context.extension.packageJSON as { version?: string }).version ?? '');
  try {
    context.subscriptions.push(lm.registerMcpServerDefinitionProvider('specArchitect.mcpServer', {
      provideMcpServerDefinitions: () => (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) =>
        // The extension host's own runtime runs the CLI the extension ships (Electron needs ELECTRON_RUN_AS_NODE for that).
        new Definition(`Spec Architect (${f.name})`, process.execPath, [cli, 'mcp', f.uri.fsPath], { ELECTRON_RUN_AS_NODE: '1' }, version)),
    }));
  } catch {
    // 1.100 has a proposed form of this API that wants another contribution point and throws:
    // the server is then not offered, and `init --agents` or Connect Coding Agents still connect it.
  }
}
