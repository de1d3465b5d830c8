// The one service over a workspace folder, in the spirit of
// vscode-markdown-languageservice's createLanguageService: the caller passes a
// host and the folder's settings and gets back plain-data operations. It owns
// the incremental index of `@specs/` references and of the API specs; a change
// re-checks the changed file and only the files whose findings can depend on
// it. The editor, the CLI and the benchmark call it; so can an MCP server.
// The workspace is read through the one bounded crawl (core/paths/walk);
// what it could not read or stopped at is reported as io.* findings.
import { applySeverity, type Finding, type TextEdit } from '../diagnostics';
import { exportOpenApiFromModel } from '../openapi';
import { confine } from '../paths';
import {
  buildIndex, complete, crawlFindings, crawlReport, indexFolder, noteUnreadable, definition, diagnoseFile, documentLinks, filesToRecheck, hover, lookupReference, referencesTo, renameFileEdits, renameHeading,
  scannedBy, targetAt, tokenAt, underRoot, type IndexChange, type ReferenceCheckOptions, type ReferenceIndex,
} from '../references';
import { ApiSpecIndex, type SpecText } from './apiSpecs';
import type { DiagnosticsChange, Position, SpecService, SpecServiceOptions } from './types';

const MARKDOWN = /\.(md|markdown)$/i;
const NOTHING: DiagnosticsChange = { all: false, files: [] };

/** Creates the service; nothing is read until the first operation (or `ready()`). */
export function createSpecService(options: SpecServiceOptions): SpecService {
  const { host, settings } = options;
  const scanned = scannedBy(settings.languages);
  const checks: ReferenceCheckOptions = { checkCodeBlocks: settings.checkCodeBlocks, severity: settings.severity, ignore: settings.ignore };
  const api = new ApiSpecIndex(settings);
  let index: ReferenceIndex | undefined;
  let building: Promise<ReferenceIndex> | undefined;
  // The lint's view of the specs is refreshed lazily: a burst of edits costs one sync.
  let apiStale = true;
  let apiStructure = true;

  const ready = (): Promise<ReferenceIndex> => {
    building ??= buildIndex(host, { specsRoot: settings.specsRoot, languages: settings.languages }).then((built) => (index = built));
    return building;
  };

  function* specTexts(idx: ReferenceIndex): Iterable<SpecText> {
    for (const rel of idx.allFiles()) {
      const info = idx.spec(rel);
      if (info && MARKDOWN.test(rel)) yield { path: underRoot(idx.specsRoot, rel), text: info.text };
    }
  }

  /** The lint's findings by file, after bringing its view of the specs up to date. */
  const lint = (idx: ReferenceIndex) => {
    if (apiStale) {
      api.sync(specTexts(idx), apiStructure);
      apiStale = false;
      apiStructure = false;
    }
    return api.lint();
  };

  /** What to republish after the index took `change` at `path`. */
  const changed = (idx: ReferenceIndex, path: string, change: IndexChange): DiagnosticsChange => {
    apiStale = true;
    if (change.structure) apiStructure = true;
    const recheck = filesToRecheck(idx, path, change);
    const linted = lint(idx);
    if (recheck.all || change.structure) return { all: true, files: [] };
    return { all: false, files: [...new Set([path, ...recheck.files, ...linted.changed])] };
  };

  /** The io.* findings of the crawl (unreadable files and folders, limits reached), by file; '' for the folder as a whole. */
  // Kept per report: a report is replaced, never changed, when a crawl or a watcher event changes what it says.
  let crawledFor: { report: object; byFile: Map<string, Finding[]> } | undefined;
  const crawled = (idx: ReferenceIndex): Map<string, Finding[]> => {
    const report = crawlReport(idx);
    if (crawledFor?.report === report) return crawledFor.byFile;
    const byFile = new Map<string, Finding[]>();
    for (const found of crawlFindings(report)) {
      const f = applySeverity(found, settings.severity);
      if (f) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    }
    crawledFor = { report, byFile };
    return byFile;
  };

  const fileDiagnostics = (idx: ReferenceIndex, path: string): Finding[] => {
    // The lint reads only specs under the root: a file elsewhere (CLAUDE.md, code) has none of its findings, and asking for its own costs no lint run.
    const linted = idx.relative(path) === undefined ? undefined : lint(idx).byFile.get(path);
    const own = [...(crawled(idx).get(path) ?? []), ...(linted ?? [])];
    const refs = diagnoseFile(idx, path, checks);
    if (own.length === 0) return refs;
    return [...refs, ...own].sort((a, b) => a.range.start.offset - b.range.start.offset || a.code.localeCompare(b.code));
  };

  /**
   * A spec under the root that is (now) a link leading out of it is never
   * read, as in the crawl (the one confinement check): it is recorded as
   * outside, and a file it replaced is forgotten. Undefined when it may be read.
   */
  const leadsOut = async (idx: ReferenceIndex, path: string): Promise<DiagnosticsChange | undefined> => {
    const rel = idx.relative(path);
    if (rel === undefined || rel === '') return undefined;
    // Checked as a write is: an editor's text of a file not on disk (yet) counts when its folder lies inside.
    if ((await confine(host, path, idx.specsRoot, 'write')).ok) {
      // A link that led out and now is a plain file (or leads inside) is read again from scratch.
      if (idx.isOutside(rel)) idx.remove(path);
      return undefined;
    }
    if (idx.isOutside(rel)) return NOTHING;
    idx.remove(path);
    idx.markOutside(path);
    return changed(idx, path, { structure: true });
  };

  const tracks = (path: string): boolean => scanned(path) || (index ?? new ProbeRoot(settings.specsRoot)).relative(path) !== undefined;

  const service: SpecService = {
    settings,
    async ready() {
      await ready();
    },
    tracks,

    async fileChanged(path, text) {
      const idx = await ready();
      if (text === undefined) {
        const stat = await host.stat(path);
        if (!stat) return service.fileDeleted(path);
        if (stat.kind !== 'directory' && !tracks(path)) return NOTHING;
        if (stat.kind === 'directory') {
          // Everything in a new folder (a copy, a checkout) comes with it: watchers report the folder alone.
          await indexFolder(host, idx, path, settings.languages);
          return changed(idx, path, { structure: true });
        }
      }
      const refused = await leadsOut(idx, path);
      if (refused) return refused;
      if (text === undefined) {
        if (!scanned(path) && !MARKDOWN.test(path)) return changed(idx, path, idx.addFile(path));
        text = await host.readFile(path);
        if (text === undefined) {
          // A file that exists but cannot be read (its mode changed) is reported, not taken for missing.
          const reason = await host.unreadable?.(path);
          if (!reason) return NOTHING;
          noteUnreadable(idx, path, reason);
          return { all: false, files: [path] };
        }
        if (crawlReport(idx).unreadable.some((u) => u.path === path)) noteUnreadable(idx, path);
      }
      if (!tracks(path)) return NOTHING;
      return changed(idx, path, idx.update(path, text));
    },

    async fileDeleted(path) {
      const idx = await ready();
      // The file, or the files of a deleted folder, that had tokens: their diagnostics go.
      const gone = [...idx.filesWithTokens(), ...crawlReport(idx).unreadable.map((u) => u.path)].filter((f) => f === path || f.startsWith(`${path}/`));
      noteUnreadable(idx, path);
      const change = idx.remove(path);
      if (!change.structure) return { all: false, files: gone };
      return changed(idx, path, change);
    },

    async diagnostics(path) {
      return fileDiagnostics(await ready(), path);
    },

    async workspaceDiagnostics() {
      const idx = await ready();
      const out: Finding[] = [];
      // One push at a time: a file with a few hundred thousand findings would overflow push(...spread).
      for (const file of await service.checkedFiles()) for (const f of fileDiagnostics(idx, file)) out.push(f);
      return out;
    },

    async checkedFiles() {
      const idx = await ready();
      const linted = lint(idx);
      return [...new Set([...idx.filesWithTokens(), ...api.lintedFiles(), ...linted.byFile.keys(), ...crawled(idx).keys()])].sort();
    },

    async dependentsOf(path) {
      const idx = await ready();
      const rel = idx.relative(path);
      return rel === undefined ? [] : idx.readersOf(rel);
    },
    async lookupReference(reference, route) {
      return lookupReference(await ready(), reference, route);
    },

    async hover(path, at) {
      return hover(await ready(), path, at.line, at.character);
    },
    async definition(path, at) {
      return definition(await ready(), path, at.line, at.character);
    },
    async documentLinks(path) {
      return documentLinks(await ready(), path);
    },
    async completion(_path, at, linePrefix) {
      return complete(await ready(), linePrefix, at.line);
    },
    async references(path, at) {
      const idx = await ready();
      const target = targetAt(idx, path, at.line, at.character);
      return target ? referencesTo(idx, target.specFile, target.slug) : undefined;
    },
    async prepareRename(path, at) {
      const idx = await ready();
      const target = targetAt(idx, path, at.line, at.character);
      const heading = target?.slug === undefined ? undefined : idx.spec(target.specFile)?.headings.find((h) => h.slug === target.slug);
      if (!heading) return undefined;
      const token = tokenAt(idx, path, at.line, at.character);
      return { range: token?.anchorRange ?? heading.textRange, placeholder: heading.text };
    },
    async rename(path, at, newName) {
      const idx = await ready();
      const target = targetAt(idx, path, at.line, at.character);
      return target?.slug === undefined ? undefined : renameHeading(idx, target.specFile, target.slug, newName);
    },
    async fileRenameEdits(oldPath, newPath): Promise<TextEdit[]> {
      return renameFileEdits(await ready(), oldPath, newPath);
    },
    async codeActions(path, range) {
      const idx = await ready();
      const actions = [];
      for (const finding of fileDiagnostics(idx, path)) {
        if (!meets(finding.range, range)) continue;
        for (const fix of finding.fixes ?? []) {
          const createFiles = fix.createFiles && (await Promise.all(fix.createFiles.map(async (c) => ({ file: c.file, content: (await options.template?.(idx.relative(c.file) ?? c.file)) ?? c.content }))));
          actions.push({ ...fix, ...(createFiles ? { createFiles } : {}), code: finding.code, finding });
        }
      }
      return actions;
    },

    async apiModel() {
      const idx = await ready();
      lint(idx);
      return api.model();
    },
    async exportOpenApi(format) {
      const idx = await ready();
      lint(idx);
      const dir = underRoot(idx.specsRoot, 'api');
      // The export reads the files directly in api/, as the writer lays them out.
      const inApiFolder = (p: string) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/');
      const model = api.model(inApiFolder);
      return model.files.length === 0 ? undefined : exportOpenApiFromModel(model, model.files, idx.specsRoot, format, api.skipped(inApiFolder));
    },
  };
  return Object.freeze(service);
}

/** Before the index exists, which paths are under the root (the same rule as ReferenceIndex.relative). */
class ProbeRoot {
  constructor(private readonly root: string) {}
  relative(path: string): string | undefined {
    if (this.root === '') return path;
    if (path === this.root) return '';
    return path.startsWith(`${this.root}/`) ? path.slice(this.root.length + 1) : undefined;
  }
}

function meets(a: { start: Position; end: Position }, b: { start: Position; end: Position }): boolean {
  const before = (x: Position, y: Position) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
