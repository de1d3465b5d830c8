// The example workspace's export, through the same pipeline as the CLI.
import { join } from 'node:path';
import { createNodeHost } from '../../../src/cli/nodeHost';
import { exportOpenApiFromSpecs, type OpenApiFormat } from '../../../src/core/openapi';

/** The repository's examples/taskflow folder (tests run from the repository root). */
export const TASKFLOW = join(process.cwd(), 'examples', 'taskflow');
/** The golden export of examples/taskflow. */
export const TASKFLOW_GOLDEN = join(process.cwd(), 'test', 'fixtures', 'golden', 'taskflow.openapi.json');

/** Exports examples/taskflow; fails when it has no API specs. */
export async function exportTaskflow(format: OpenApiFormat = 'json'): Promise<string> {
  const result = await exportOpenApiFromSpecs(createNodeHost(TASKFLOW), 'specs', format);
  if (result === undefined) throw new Error(`no API specs under ${TASKFLOW}/specs/api`);
  return result.text;
}
