// The language features over the reference index: hover, definition,
// completion, document links, references, rename, code actions, and token
// updates when files are renamed in the explorer. In an untrusted workspace
// only the reading features run: quick fixes are not offered (VS Code saves
// what a fix edits, files.refactoring.autoSave), a heading rename refuses (it
// rewrites other files), and a file renamed in the explorer leaves the tokens
// pointing at it as they are, with a message saying why.
import * as vscode from 'vscode';
import { complete, definition, diagnoseFile, documentLinks, hover, referencesTo, renameFileEdits, renameHeading, targetAt, tokenAt } from '../../core/references/api';
import { addEdits, toRange, toUri } from '../convert';
import type { ReferenceService } from './service';

const RENAME_UNTRUSTED = 'Renaming a heading rewrites the @specs/ tokens that point at it in other files, so it runs only in a trusted workspace. Trust this workspace to use it. Nothing was changed.';

export function registerReferenceProviders(service: ReferenceService, selector: vscode.DocumentSelector): vscode.Disposable[] {
  const at = async (doc: vscode.TextDocument) => {
    const state = await service.stateFor(doc.uri);
    return state ? { state, path: service.relativePath(state, doc.uri) } : undefined;
  };
  return [
    vscode.languages.registerHoverProvider(selector, {
      async provideHover(doc, pos) {
        const s = await at(doc);
        const h = s && hover(s.state.index, s.path, pos.line, pos.character);
        return h ? new vscode.Hover(new vscode.MarkdownString(h.markdown), toRange(h.range)) : undefined;
      },
    }),
    vscode.languages.registerDefinitionProvider(selector, {
      async provideDefinition(doc, pos) {
        const s = await at(doc);
        const d = s && definition(s.state.index, s.path, pos.line, pos.character);
        return d ? new vscode.Location(toUri(s.state.folder.uri, d.file), toRange(d.range)) : undefined;
      },
    }),
    vscode.languages.registerCompletionItemProvider(selector, {
      async provideCompletionItems(doc, pos) {
        const s = await at(doc);
        if (!s) return undefined;
        const prefix = doc.lineAt(pos.line).text.slice(0, pos.character);
        return complete(s.state.index, prefix, pos.line).map((e, i) => {
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
        return documentLinks(s.state.index, s.path).map((l) => {
          const target = toUri(s.state.folder.uri, l.target.file).with({ fragment: `L${l.target.range.start.line + 1}` });
          return new vscode.DocumentLink(toRange(l.range), target);
        });
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      async provideReferences(doc, pos) {
        const s = await at(doc);
        const t = s && targetAt(s.state.index, s.path, pos.line, pos.character);
        if (!s || !t) return undefined;
        return referencesTo(s.state.index, t.specFile, t.slug).map((l) => new vscode.Location(toUri(s.state.folder.uri, l.file), toRange(l.range)));
      },
    }),
    vscode.languages.registerRenameProvider(selector, {
      async prepareRename(doc, pos) {
        if (!vscode.workspace.isTrusted) throw new Error(RENAME_UNTRUSTED);
        const s = await at(doc);
        const t = s && targetAt(s.state.index, s.path, pos.line, pos.character);
        const heading = t?.slug && s?.state.index.spec(t.specFile)?.headings.find((h) => h.slug === t.slug);
        if (!heading) throw new Error('Only a spec heading, or a @specs/ token that points at one, can be renamed here.');
        const token = s && tokenAt(s.state.index, s.path, pos.line, pos.character);
        return token?.anchorRange ? { range: toRange(token.anchorRange), placeholder: heading.text } : { range: toRange(heading.textRange), placeholder: heading.text };
      },
      async provideRenameEdits(doc, pos, newName) {
        if (!vscode.workspace.isTrusted) throw new Error(RENAME_UNTRUSTED);
        const s = await at(doc);
        const t = s && targetAt(s.state.index, s.path, pos.line, pos.character);
        if (!s || !t?.slug) return undefined;
        const edits = renameHeading(s.state.index, t.specFile, t.slug, newName);
        if (!edits) return undefined;
        const edit = new vscode.WorkspaceEdit();
        addEdits(edit, s.state.folder.uri, edits);
        return edit;
      },
    }),
    vscode.languages.registerCodeActionsProvider(selector, {
      async provideCodeActions(doc, range) {
        if (!vscode.workspace.isTrusted) return [];
        const s = await at(doc);
        if (!s) return [];
        const actions: vscode.CodeAction[] = [];
        for (const f of diagnoseFile(s.state.index, s.path, s.state.options)) {
          if (!toRange(f.range).intersection(range)) continue;
          for (const fix of f.fixes ?? []) {
            const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
            action.isPreferred = fix.preferred ?? false;
            const edit = new vscode.WorkspaceEdit();
            addEdits(edit, s.state.folder.uri, fix.edits);
            for (const c of fix.createFiles ?? []) {
              const uri = toUri(s.state.folder.uri, c.file);
              const rel = s.state.index.relative(c.file) ?? c.file;
              edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode((await service.template(rel)) ?? c.content) });
            }
            action.edit = edit;
            actions.push(action);
          }
        }
        return actions;
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.workspace.onWillRenameFiles((e) => {
      e.waitUntil((async () => {
        const edit = new vscode.WorkspaceEdit();
        for (const f of e.files) {
          const state = await service.stateFor(f.oldUri);
          if (!state) continue;
          addEdits(edit, state.folder.uri, renameFileEdits(state.index, service.relativePath(state, f.oldUri), service.relativePath(state, f.newUri)));
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
