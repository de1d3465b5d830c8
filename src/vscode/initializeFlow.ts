// What Initialize Specs does, free of the vscode module so the trust guard,
// the folder choice and the messages are unit-tested directly; the command
// (initializeCommand.ts) injects the editor. Writes happen only in a trusted
// workspace, only under the specs root, and never over an existing file.
import { planInitialize, type InitializeHost } from '../core/templates';

export interface InitializeDeps<F> {
  isTrusted(): boolean;
  folders(): readonly F[];
  /** Asks which folder of a multi-root workspace; undefined when cancelled. */
  pickFolder(): Promise<F | undefined>;
  /** The folder's name, matched by `InitializeSpecsArgs.folder`. */
  folderName(folder: F): string;
  /** The configured specs root (`.spec-architect.json`, else the setting). */
  specsRoot(folder: F): Promise<string>;
  readTemplates(): Promise<Map<string, string>>;
  host(folder: F): InitializeHost;
  /** Creates the files as one undoable edit (existing files ignored); false when the editor refused it. */
  createFiles(folder: F, files: ReadonlyArray<{ path: string; content: string }>): Promise<boolean>;
  open(folder: F, path: string): Promise<void>;
  info(message: string): void;
  warn(message: string): void;
}

/** Arguments for running the command without dialogs (tests, other commands). */
export interface InitializeSpecsArgs {
  /** The workspace folder, by name, in a multi-root workspace. */
  folder?: string;
}

export interface InitializeSpecsResult {
  initialized: boolean;
  specsRoot?: string;
  /** Workspace-relative paths. */
  created?: string[];
  skipped?: string[];
  refused?: string[];
  reason?: 'untrusted' | 'no-folder' | 'cancelled' | 'no-templates' | 'outside-root' | 'edit-failed';
}

const list = (paths: readonly string[]): string => paths.join(', ');

export async function initializeSpecs<F>(deps: InitializeDeps<F>, args: InitializeSpecsArgs = {}): Promise<InitializeSpecsResult> {
  if (!deps.isTrusted()) {
    deps.warn('Spec Architect: Initialize Specs writes files, so it runs only in a trusted workspace. Trust this workspace to use it. Nothing was written.');
    return { initialized: false, reason: 'untrusted' };
  }
  const folders = deps.folders();
  const folder = args.folder !== undefined ? folders.find((f) => deps.folderName(f) === args.folder) : folders.length > 1 ? await deps.pickFolder() : folders[0];
  if (folder === undefined) {
    if (folders.length === 0) deps.warn('Spec Architect: open a folder to initialize its specs.');
    else if (args.folder !== undefined) deps.warn(`Spec Architect: there is no workspace folder named "${args.folder}". Nothing was written.`);
    return { initialized: false, reason: folders.length === 0 ? 'no-folder' : 'cancelled' };
  }
  let templates: Map<string, string>;
  try {
    templates = await deps.readTemplates();
  } catch {
    templates = new Map();
  }
  if (templates.size === 0) {
    deps.warn('Spec Architect: the starter templates (specs-templates/) are missing from this installation. Nothing was written.');
    return { initialized: false, reason: 'no-templates' };
  }

  const plan = await planInitialize(templates, await deps.specsRoot(folder), deps.host(folder));
  const result = { specsRoot: plan.specsRoot, created: plan.create.map((c) => c.path), skipped: plan.skipped, refused: plan.refused };
  if (plan.refused.length > 0 && plan.create.length === 0 && plan.skipped.length === 0) {
    deps.warn(`Spec Architect: the specs root "${plan.specsRoot}" leads outside the workspace folder; Initialize Specs writes only inside it. Nothing was written.`);
    return { initialized: false, ...result, reason: 'outside-root' };
  }
  if (plan.create.length > 0 && !(await deps.createFiles(folder, plan.create))) {
    deps.warn('Spec Architect: VS Code did not apply the edit. Nothing was written.');
    return { initialized: false, ...result, created: [], reason: 'edit-failed' };
  }

  const parts = [
    plan.create.length > 0 ? `created ${list(result.created)}` : `nothing to create in ${plan.specsRoot}/`,
    ...(plan.skipped.length > 0 ? [`skipped (already there, left as they were) ${list(plan.skipped)}`] : []),
  ];
  deps.info(`Spec Architect: Initialize Specs ${parts.join('; ')}.`);
  if (plan.refused.length > 0) deps.warn(`Spec Architect: not written, because they would leave ${plan.specsRoot}/ (a link leading out): ${list(plan.refused)}.`);
  const readme = `${plan.specsRoot}/api/README.md`;
  if (result.created.includes(readme) || plan.skipped.includes(readme)) await deps.open(folder, readme);
  return { initialized: true, ...result };
}
