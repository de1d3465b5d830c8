// The MCP server's tools, registered on an McpServer from the official SDK.
// Each answer carries the structured output (checked against the output
// schema by the SDK) and the same answer as text for clients that only show
// text. A ToolInputError, or anything else thrown, becomes a tool error the
// model reads; the server itself never stops on bad input.
import { McpServer } from '@modelcontextprotocol/server';
import type { z } from 'zod';
import * as answers from '../../agents/toolAnswers';
import {
  CheckSpecsInput, CheckSpecsOutput, DESCRIPTIONS, DesignChangeInput, DesignChangeOutput, ExportOpenApiInput, ExportOpenApiOutput,
  ListRoutesInput, ListRoutesOutput, ReadReferenceInput, ReadReferenceOutput,
} from '../../agents/toolSchemas';
import type { WorkspaceChecks } from '../../agents/workspaceChecks';
import { ToolInputError } from '../../agents/workspacePaths';

export interface ServerOptions {
  version: string;
  allowWrite: boolean;
}

type Result = { content: Array<{ type: 'text'; text: string }>; structuredContent?: Record<string, unknown>; isError?: boolean };

async function answer<T extends Record<string, unknown>>(work: () => Promise<answers.Answer<T>>): Promise<Result> {
  try {
    const a = await work();
    return { content: [{ type: 'text', text: a.text }], structuredContent: a.structured };
  } catch (error) {
    const message = error instanceof ToolInputError ? error.message : `Spec Architect could not answer: ${error instanceof Error ? error.message : String(error)}`;
    return { content: [{ type: 'text', text: message }], isError: true };
  }
}

/** A server with the six tools over one workspace. */
export function createSpecServer(checks: WorkspaceChecks, options: ServerOptions): McpServer {
  const server = new McpServer(
    { name: 'spec-architect', version: options.version },
    { instructions: `Checks and reads the markdown specs of the project at ${checks.folder} (specs root ${checks.specsRoot}/). Call check_specs after you edit a spec or a file citing @specs/...; read_reference and list_routes instead of opening whole specs.${options.allowWrite ? '' : ' Started read-only: apply_design_change is refused.'}` },
  );
  const readOnly = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
  server.registerTool('check_specs', { title: 'Check specs', description: DESCRIPTIONS.check_specs, inputSchema: CheckSpecsInput, outputSchema: CheckSpecsOutput, annotations: readOnly },
    (input: z.infer<typeof CheckSpecsInput>) => answer(() => answers.checkSpecs(checks, input)));
  server.registerTool('read_reference', { title: 'Read a @specs/ reference', description: DESCRIPTIONS.read_reference, inputSchema: ReadReferenceInput, outputSchema: ReadReferenceOutput, annotations: readOnly },
    (input: z.infer<typeof ReadReferenceInput>) => answer(() => answers.readReference(checks, input)));
  server.registerTool('list_routes', { title: 'List API routes', description: DESCRIPTIONS.list_routes, inputSchema: ListRoutesInput, outputSchema: ListRoutesOutput, annotations: readOnly },
    (input: z.infer<typeof ListRoutesInput>) => answer(() => answers.listRoutes(checks, input)));
  server.registerTool('plan_design_change', { title: 'Plan a design change', description: DESCRIPTIONS.plan_design_change, inputSchema: DesignChangeInput, outputSchema: DesignChangeOutput, annotations: readOnly },
    (input: z.infer<typeof DesignChangeInput>) => answer(() => answers.designChange(checks, input, false)));
  server.registerTool('apply_design_change', {
    title: 'Apply a design change',
    description: `${DESCRIPTIONS.apply_design_change}${options.allowWrite ? '' : ' This server was started read-only: the call is refused.'}`,
    inputSchema: DesignChangeInput,
    outputSchema: DesignChangeOutput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }, (input: z.infer<typeof DesignChangeInput>) => answer(async () => {
    if (!options.allowWrite) throw new ToolInputError('apply_design_change is refused: this server was started read-only. Nothing was written. Use plan_design_change to see the diff, and ask the user to restart the server with `spec-architect mcp --allow-write` (or to apply the change in the editor).');
    return answers.designChange(checks, input, true);
  }));
  server.registerTool('export_openapi', { title: 'Export OpenAPI', description: DESCRIPTIONS.export_openapi, inputSchema: ExportOpenApiInput, outputSchema: ExportOpenApiOutput, annotations: readOnly },
    (input: z.infer<typeof ExportOpenApiInput>) => answer(() => answers.exportOpenApi(checks, input)));
  return server;
}
