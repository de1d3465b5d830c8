// The spec service: one factory for every caller (editor, CLI, benchmark, MCP).
export { createSpecService } from './createSpecService';
export type { ApiModel, DiagnosticsChange, Position, SpecService, SpecServiceOptions } from './types';
