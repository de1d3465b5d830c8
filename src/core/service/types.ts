// The service's public shape: what the editor, the CLI, the benchmark and an
// MCP server call. Every operation takes and returns plain data (workspace
// paths, zero-based positions, findings, text edits), so a caller in another
// process can send it as JSON.
import type { Finding, FindingFix, TextEdit } from '../diagnostics';
import type { SpecHost } from '../host';
import type { SourceRange } from '../model';
import type { OpenApiExport, OpenApiFormat } from '../openapi';
import type { ReadApiResult } from '../reader';
import type { CompletionEntry, Location, ReferenceLookup } from '../references';
import type { SpecSettings } from '../settings';

/** A zero-based line and character in a file. */
export interface Position {
  line: number;
  character: number;
}

export interface SpecServiceOptions {
  /** The workspace folder's files; every path the service names is relative to it. */
  host: SpecHost;
  /** The folder's settings (see `loadSettings`). */
  settings: SpecSettings;
  /** The content of a new spec for "create from template" fixes (root-relative path); undefined for a one-line title. */
  template?: (specPath: string) => Promise<string | undefined>;
}

/** Which files' diagnostics may differ after a change: republish these, or everything when `all`. */
export interface DiagnosticsChange {
  all: boolean;
  files: string[];
}

/** The API model of the workspace: the design read from the API specs, with the place of each element. */
export type ApiModel = ReadApiResult & {
  /** The API spec files read, workspace paths, sorted. */
  files: string[];
};

export interface SpecService {
  readonly settings: SpecSettings;
  /** Reads the workspace into the index (once; every operation waits for it). */
  ready(): Promise<void>;
  /** Whether changes to this workspace path matter to the service (a scanned language, or under the specs root). */
  tracks(path: string): boolean;

  /** A file or folder was created or changed; `text` is an editor's unsaved text, else the host is read (a new folder is read whole). */
  fileChanged(path: string, text?: string): Promise<DiagnosticsChange>;
  /** A file or folder was deleted. */
  fileDeleted(path: string): Promise<DiagnosticsChange>;

  /** The findings of one file: its references and, for a spec the lint reads, the lint's. */
  diagnostics(path: string): Promise<Finding[]>;
  /** Every finding of the workspace, sorted by file and position. */
  workspaceDiagnostics(): Promise<Finding[]>;
  /** Every file that has findings or has a reason to be checked: files with tokens and the specs the lint reads. */
  checkedFiles(): Promise<string[]>;
  /** The scanned files whose reference findings read the headings or routes of the spec `path` (its readers); [] for other paths. */
  dependentsOf(path: string): Promise<string[]>;
  /** A reference as written (`@specs/db/models.md#task`, a route after it optional): its section's text, or why it does not resolve. */
  lookupReference(reference: string, route?: string): Promise<ReferenceLookup | undefined>;

  hover(path: string, at: Position): Promise<{ markdown: string; range: SourceRange } | undefined>;
  definition(path: string, at: Position): Promise<Location | undefined>;
  documentLinks(path: string): Promise<Array<{ range: SourceRange; target: Location }>>;
  /** Completion after `@specs/`; `linePrefix` is the line's text up to the cursor. */
  completion(path: string, at: Position, linePrefix: string): Promise<CompletionEntry[]>;
  /** Every token pointing at what is at `at` (a token's target, or the heading or spec file itself). */
  references(path: string, at: Position): Promise<Location[] | undefined>;
  /** The range to rename and its current text, or undefined when nothing renameable is there. */
  prepareRename(path: string, at: Position): Promise<{ range: SourceRange; placeholder: string } | undefined>;
  /** The edits renaming the heading at `at` (or the one a token there points at) to `newName`. */
  rename(path: string, at: Position, newName: string): Promise<TextEdit[] | undefined>;
  /** The token edits for a file or folder moved from `oldPath` to `newPath`. */
  fileRenameEdits(oldPath: string, newPath: string): Promise<TextEdit[]>;
  /** The fixes of the findings whose range meets `range`, templates filled in. */
  codeActions(path: string, range: { start: Position; end: Position }): Promise<Array<FindingFix & { code: string; finding: Finding }>>;

  /** The design read from every API spec (`<specsRoot>/api/**`). */
  apiModel(): Promise<ApiModel>;
  /** The OpenAPI document of `<specsRoot>/api/*.md`, or undefined when there is no API spec. */
  exportOpenApi(format: OpenApiFormat): Promise<OpenApiExport | undefined>;
}
