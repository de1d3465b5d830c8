// vscode-markdown-languageservice over the link form of the workspace, held in
// memory: the engine behind VS Code's own markdown link validation, given what
// VS Code gives it (an IWorkspace, a markdown-it parser that reuses one
// instance, GitHub's slugs).
import MarkdownIt from 'markdown-it';
import type * as md from 'vscode-markdown-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';

/** The workspace folder the generated paths are relative to. */
const ROOT = URI.file('/bench-workspace');

const noEvent = () => ({ dispose() {} });
const cancelled = { isCancellationRequested: false, onCancellationRequested: noEvent };

/** An IWorkspace over a map of workspace-relative paths to text. */
export class MarkdownLsWorkspace implements md.IWorkspace {
  private readonly docs = new Map<string, md.ITextDocument>();
  private readonly folders = new Map<string, Map<string, md.FileStat>>();
  readonly onDidChangeMarkdownDocument = noEvent;
  readonly onDidCreateMarkdownDocument = noEvent;
  readonly onDidDeleteMarkdownDocument = noEvent;

  constructor(files: ReadonlyMap<string, string>) {
    this.folders.set(ROOT.path, new Map());
    for (const [path, text] of files) {
      const uri = URI.file(`${ROOT.path}/${path}`);
      this.docs.set(uri.path, TextDocument.create(uri.toString(), 'markdown', 1, text));
      let folder = ROOT.path;
      for (const name of path.split('/').slice(0, -1)) {
        this.folders.get(folder)?.set(name, { isDirectory: true });
        folder = `${folder}/${name}`;
        if (!this.folders.has(folder)) this.folders.set(folder, new Map());
      }
      this.folders.get(folder)?.set(path.split('/').pop() ?? '', { isDirectory: false });
    }
  }

  get workspaceFolders(): readonly URI[] {
    return [ROOT];
  }

  async getAllMarkdownDocuments(): Promise<Iterable<md.ITextDocument>> {
    return this.docs.values();
  }

  hasMarkdownDocument(resource: URI): boolean {
    return this.docs.has(resource.path);
  }

  async openMarkdownDocument(resource: URI): Promise<md.ITextDocument | undefined> {
    return this.docs.get(resource.path);
  }

  async stat(resource: URI): Promise<md.FileStat | undefined> {
    if (this.docs.has(resource.path)) return { isDirectory: false };
    return this.folders.has(resource.path.replace(/\/$/, '')) ? { isDirectory: true } : undefined;
  }

  async readDirectory(resource: URI): Promise<Iterable<readonly [string, md.FileStat]>> {
    return [...(this.folders.get(resource.path.replace(/\/$/, '')) ?? [])];
  }

  documents(): md.ITextDocument[] {
    return [...this.docs.values()];
  }
}

/** A markdown-it parser shared by every document, as VS Code keeps one engine. */
function createParser(slugifier: md.ISlugifier): md.IMdParser {
  const engine = MarkdownIt({ html: true });
  return { slugifier, tokenize: async (document) => engine.parse(document.getText(), {}) };
}

/** The result of validating every document. */
export interface MarkdownLsResult {
  documents: number;
  diagnosticsByCode: Record<string, number>;
  /** Releases the service's caches. */
  dispose(): void;
}

/**
 * Creates a fresh language service over `workspace` and computes the
 * diagnostics of every document: a cold full-workspace validation. The
 * service stays alive until `dispose()`, so its memory can be measured.
 */
export async function validateWithMarkdownLs(workspace: MarkdownLsWorkspace): Promise<MarkdownLsResult> {
  // The package is ESM; loaded at run time from node_modules.
  const service = await import('vscode-markdown-languageservice');
  const logger: md.ILogger = { level: service.LogLevel.Off, log() {} };
  const ls = service.createLanguageService({ workspace, parser: createParser(service.githubSlugifier), logger });
  const error = service.DiagnosticLevel.error;
  const options: md.DiagnosticOptions = {
    validateReferences: error,
    validateFragmentLinks: error,
    validateFileLinks: error,
    validateMarkdownFileLinkFragments: error,
    validateUnusedLinkDefinitions: service.DiagnosticLevel.ignore,
    validateDuplicateLinkDefinitions: service.DiagnosticLevel.ignore,
    ignoreLinks: [],
  };
  const diagnosticsByCode: Record<string, number> = {};
  const documents = workspace.documents();
  for (const document of documents) {
    for (const diagnostic of await ls.computeDiagnostics(document, options, cancelled)) {
      const code = String(diagnostic.code);
      diagnosticsByCode[code] = (diagnosticsByCode[code] ?? 0) + 1;
    }
  }
  return { documents: documents.length, diagnosticsByCode, dispose: () => ls.dispose() };
}
