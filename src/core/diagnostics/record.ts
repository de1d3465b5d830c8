// A finding as the plain record tools print (the CLI's JSON, the MCP server's
// check_specs): one-based lines and columns, as editors and CI logs count them.
import type { Finding } from './finding';

export interface FindingRecord {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  code: string;
  message: string;
  source: Finding['source'];
  /** Present on a finding placed once for many routes: the routes it is about. */
  routes?: string[];
}

export function findingRecord(f: Finding): FindingRecord {
  return {
    file: f.file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    code: f.code,
    message: f.message,
    source: f.source,
    ...(f.routes ? { routes: f.routes } : {}),
  };
}
