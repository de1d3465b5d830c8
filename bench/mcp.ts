// The MCP server on the benchmark workspace: the synthetic files are written
// to a temporary folder, `node dist/cli.js mcp` is started with the SDK's
// client over stdio, and check_specs is timed as an agent sees it (the whole
// round trip): the first call after the server starts, then warm calls with
// nothing changed, then calls after one file was edited on disk. Its counts
// must be the in-process validation's.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import type { SyntheticWorkspace } from './generator';
import { distribution, timed, type Distribution } from './measure';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const WARM_CALLS = 20;
const EDIT_CALLS = 5;

export interface McpTimes {
  /** Spawning the server until initialize answered (ms). */
  startMs: number;
  /** The first check_specs, right after initialize (ms). */
  firstMs: number;
  warm: Distribution;
  afterEdit: Distribution;
  findings: number;
}

export async function measureMcp(ws: SyntheticWorkspace, expectedFindings: number): Promise<McpTimes> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spec-bench-mcp-'));
  for (const [file, text] of ws.tokenFiles) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const client = new Client({ name: 'spec-architect-bench', version: '1.0.0' });
  try {
    const started = await timed(() => client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', dir], stderr: 'ignore' })));
    const check = async (): Promise<number> => {
      const r = (await client.callTool({ name: 'check_specs', arguments: {} }, { timeout: 120_000 })) as { structuredContent?: { findings: unknown[] }; isError?: boolean };
      if (r.isError || !r.structuredContent) throw new Error('check_specs failed');
      return r.structuredContent.findings.length;
    };
    const first = await timed(check);
    if (first.result !== expectedFindings) throw new Error(`MCP check_specs found ${first.result} findings, the in-process validation ${expectedFindings}`);
    const warm: number[] = [];
    for (let i = 0; i < WARM_CALLS; i++) warm.push((await timed(check)).ms);
    const edited: number[] = [];
    const large = path.join(dir, ws.largeFile);
    const original = ws.tokenFiles.get(ws.largeFile) ?? '';
    for (let i = 0; i < EDIT_CALLS; i++) {
      writeFileSync(large, `${original}\nedit ${i}\n`);
      const r = await timed(check);
      if (r.result !== expectedFindings) throw new Error(`after edit ${i}: ${r.result} findings, expected ${expectedFindings}`);
      edited.push(r.ms);
    }
    return { startMs: started.ms, firstMs: first.ms, warm: distribution(warm), afterEdit: distribution(edited), findings: first.result };
  } finally {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/**
 * The report's lines, with the goals: first answer under 1 s, warm under 50 ms.
 * `coldMs` is the in-process cold validation (a) of the same run: on shared
 * cores the load moves every figure, and the ratio says what the server adds
 * to that validation (reading the disk, a cold process, the protocol).
 */
export function formatMcp(t: McpTimes, coldMs: number): string {
  return [
    '',
    `MCP server (node dist/cli.js mcp, SDK client over stdio, ${t.findings} findings):`,
    `  start until initialize answered    ${fmt(t.startMs)} ms`,
    `  first check_specs                  ${fmt(t.firstMs)} ms   goal < 1000 ms: ${t.firstMs < 1000 ? 'PASS' : 'FAIL'}`,
    `  first / cold validation (a)        ${(t.firstMs / coldMs).toFixed(1)}x (a: ${fmt(coldMs)} ms in this run)`,
    `  spawn until first answer           ${fmt(t.startMs + t.firstMs)} ms`,
    `  warm check_specs                   ${fmt(t.warm.median)} ms median, p95 ${fmt(t.warm.p95)} ms   goal < 50 ms: ${t.warm.median < 50 ? 'PASS' : 'FAIL'}`,
    `  check_specs after one file edited  ${fmt(t.afterEdit.median)} ms median`,
    '',
  ].join('\n');
}
