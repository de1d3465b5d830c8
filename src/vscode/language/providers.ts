// The language features over the folder's spec service: hover, definition,
// completion, document links, references, rename, quick fixes (references and
// API lint alike, one provider), and token updates when files are renamed in
// the explorer. In an untrusted workspace only the reading features run: quick
// fixes are not offered (VS Code saves what a fix edits,
// files.refactoring.autoSave), a heading rename refuses (it rewrites other
// files), and a file renamed in the explorer leaves the tokens pointing at it
// as they are, with a message saying why.
import * as vscode from 'vscode';
import { addEdits, toRange, toUri, toWorkspaceEdit } from '../convert';
import type { FolderService, SpecServices } from '../specServices';

const RENAME_UNTRUSTED = 'Renaming a heading rewrites the @specs/ tokens that point at it in other files, so it runs only in a trusted workspace. Trust this workspace to use it. Nothing was changed.';

export function registerLanguageProviders(services: SpecServices, selector: vscode.DocumentSelector): vscode.Disposable[] {
  const at = async (doc: vscode.TextDocument): Promise<(FolderService & { path: string }) | undefined> => {
    const entry = await services.forUri(doc.uri);
    return entry ? { ...entry, path: services.relativePath(entry.folder, doc.uri) } : undefined;
  };
  return [
    vscode.languages.registerHoverProvider(selector, {
      async provideHover(doc, pos) {
        const s = await at(doc);
        const h = s && (await s.service.hover(s.path, pos));
        return h ? new vscode.Hover(new vscode.MarkdownString(h.markdown), toRange(h.range)) : undefined;
      },
    }),
    vscode.languages.registerDefinitionProvider(selector, {
      async provideDefinition(doc, pos) {
        const s = await at(doc);
        const d = s && (await s.service.definition(s.path, pos));
        return s && d ? new vscode.Location(toUri(s.folder.uri, d.file), toRange(d.range)) : undefined;
      },
    }),
    vscode.languages.registerCompletionItemProvider(selector, {
      async provideCompletionItems(doc, pos) {
        const s = await at(doc);
        if (!s) return undefined;
        const prefix = doc.lineAt(pos.line).text.slice(0, pos.character);
        return (await s.service.completion(s.path, pos, prefix)).map((e, i) => {
          const item = new vscode.CompletionItem(e.label, e.kind === 'folder' ? vscode.CompletionItemKind.Folder : e.kind === 'file' ? vscode.CompletionItemKind.File : vscode.CompletionItemKind.Reference);
          item.insertText = e.insertText;
          item.range = toRange(e.range);
          item.sortText = String(i).padStart(5, '0');
          if (e.detail) item.detail = e.detail;
          if (e.kind === 'folder') item.command = { command: 'editor.action.triggerSuggest', title: 'More' };
          return item;
        });
      },
    }, '/', '#'),
    vscode.languages.registerDocumentLinkProvider(selector, {
      async provideDocumentLinks(doc) {
        const s = await at(doc);
        if (!s) return [];
        return (await s.service.documentLinks(s.path)).map((l) => {
          const target = toUri(s.folder.uri, l.target.file).with({ fragment: `L${l.target.range.start.line + 1}` });
          return new vscode.DocumentLink(toRange(l.range), target);
        });
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      async provideReferences(doc, pos) {
        const s = await at(doc);
        const found = s && (await s.service.references(s.path, pos));
        return s && found ? found.map((l) => new vscode.Location(toUri(s.folder.uri, l.file), toRange(l.range))) : undefined;
      },
    }),
    vscode.languages.registerRenameProvider(selector, {
      async prepareRename(doc, pos) {
        if (!vscode.workspace.isTrusted) throw new Error(RENAME_UNTRUSTED);
        const s = await at(doc);
        const r = s && (await s.service.prepareRename(s.path, pos));
        if (!r) throw new Error('Only a spec heading, or a @specs/ token that points at one, can be renamed here.');
        return { range: toRange(r.range), placeholder: r.placeholder };
      },
      async provideRenameEdits(doc, pos, newName) {
        if (!vscode.workspace.isTrusted) throw new Error(RENAME_UNTRUSTED);
        const s = await at(doc);
        const edits = s && (await s.service.rename(s.path, pos, newName));
        if (!s || !edits) return undefined;
        const edit = new vscode.WorkspaceEdit();
        addEdits(edit, s.folder.uri, edits);
        return edit;
      },
    }),
    vscode.languages.registerCodeActionsProvider(selector, {
      async provideCodeActions(doc, range, context) {
        if (!vscode.workspace.isTrusted) return [];
        const s = await at(doc);
        if (!s) return [];
        return (await s.service.codeActions(s.path, range)).map((fix) => {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.isPreferred = fix.preferred ?? false;
          const diagnostic = context.diagnostics.find((d) => d.code === fix.code && d.message === fix.finding.message && toRange(fix.finding.range).isEqual(d.range));
          if (diagnostic) action.diagnostics = [diagnostic];
          action.edit = toWorkspaceEdit(s.folder.uri, fix);
          return action;
        });
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.workspace.onWillRenameFiles((e) => {
      e.waitUntil((async () => {
        const edit = new vscode.WorkspaceEdit();
        for (const f of e.files) {
          const entry = await services.forUri(f.oldUri);
          if (!entry) continue;
          addEdits(edit, entry.folder.uri, await entry.service.fileRenameEdits(services.relativePath(entry.folder, f.oldUri), services.relativePath(entry.folder, f.newUri)));
        }
        if (edit.size > 0 && !vscode.workspace.isTrusted) {
          const renamed = e.files.map((f) => vscode.workspace.asRelativePath(f.oldUri, false)).join(', ');
          void vscode.window.showWarningMessage(`Spec Architect: the @specs/ tokens pointing at ${renamed} were not updated: that would rewrite other files, which it does only in a trusted workspace. Trust this workspace to have them updated on renames; the Problems panel lists the tokens left broken.`);
          return new vscode.WorkspaceEdit();
        }
        return edit;
      })());
    }),
  ];
}
