// The API Designer's host side, free of the vscode module so it can be tested
// directly: it validates every message from the webview and turns it into a
// call on the core's DesignerSession, which keeps the draft, reviews it and
// generates (one operation at a time, in the order the messages came). What
// does not parse is logged and dropped without touching the state. The side
// bar and the Review panel send to the same controller, so they share one
// session and one draft.
//
// The messages that only show something (a diff, a file, the Problems panel,
// a step) are passed to the editor as view actions; a file is shown only when
// the last review or Generate named it, so a message cannot open any path.
import { WebviewMessage, type HostMessage } from '../../protocol/designerProtocol';
import { DesignerSession, type DesignerHost, type PreviewFile, type Step, type StoredDraft } from '../../core/designer';

export type { StoredDraft } from '../../core/designer';

/** What the webview controller needs: the session's host, with messages posted to the webview and deletes confirmed in a dialog. */
export interface DesignerDeps extends Omit<DesignerHost, 'emit' | 'decideDeletes'> {
  post(message: HostMessage): void;
  log(message: string): void;
  /** Asks before files are deleted (resources the draft no longer has); true to go on. */
  confirmDeletes(paths: string[]): Promise<boolean>;
  /** Shows something in the editor; never changes the draft. */
  show(action: ViewAction): Promise<void>;
}

/** What the editor shows for a view message; a file comes with what the review said of it. */
export type ViewAction =
  | { type: 'openReview' }
  | { type: 'openDiff'; file: PreviewFile }
  | { type: 'openFile'; path: string }
  | { type: 'openProblems' }
  | { type: 'showStep'; step: Step };

type ViewMessage = Extract<WebviewMessage, { type: ViewAction['type'] }>;
const VIEW_TYPES: ReadonlySet<string> = new Set<ViewAction['type']>(['openReview', 'openDiff', 'openFile', 'openProblems', 'showStep']);
const isViewMessage = (m: WebviewMessage): m is ViewMessage => VIEW_TYPES.has(m.type);

export class DesignerController {
  private readonly session: DesignerSession;
  /** The files of the last review and the paths of the last Generate: what a view message may open. */
  private reviewed: PreviewFile[] = [];
  private written: string[] = [];

  constructor(private readonly deps: DesignerDeps) {
    this.session = new DesignerSession({
      load: () => deps.load(),
      save: (value) => deps.save(value),
      emit: (event) => {
        if (event.type === 'preview') this.reviewed = event.files;
        if (event.type === 'generated') this.written = event.files;
        deps.post(event);
      },
      isTrusted: () => deps.isTrusted(),
      specsRoot: () => deps.specsRoot(),
      readApiFiles: () => deps.readApiFiles(),
      dbModels: () => deps.dbModels(),
      apply: (plan) => deps.apply(plan),
      // In the editor the user either confirms the deletions or cancels the whole Generate.
      decideDeletes: async (paths) => ((await deps.confirmDeletes(paths)) ? 'delete' : 'cancel'),
    });
  }

  /** The current draft and step (a copy). */
  snapshot(): StoredDraft {
    return this.session.snapshot();
  }

  /**
   * Handles one raw message from the webview; false when it was dropped. Never
   * throws. The session is called before the first await, so messages are
   * queued in the order they arrived.
   */
  async handle(raw: unknown): Promise<boolean> {
    const parsed = WebviewMessage.safeParse(raw);
    if (!parsed.success) {
      this.deps.log(`API Designer: dropped a message that is not part of the protocol (${parsed.error.issues[0]?.message ?? 'invalid'}).`);
      return false;
    }
    const m = parsed.data;
    if (isViewMessage(m)) return this.view(m);
    try {
      await this.dispatch(m);
    } catch (e) {
      this.deps.log(`API Designer: ${String(e)}`);
      this.deps.post({ type: 'error', message: `The API Designer could not do that: ${e instanceof Error ? e.message : String(e)}` });
    }
    return true;
  }

  /** The proposed text of a file of the last review (what the diff editor shows on its right). */
  proposedText(path: string): string | undefined {
    return this.reviewed.find((f) => f.path === path)?.text;
  }

  private async view(m: ViewMessage): Promise<boolean> {
    let action: ViewAction;
    if (m.type === 'openDiff') {
      const file = this.reviewed.find((f) => f.path === m.path);
      if (!file) return this.drop(`no file ${JSON.stringify(m.path.slice(0, 200))} in the last review`);
      action = { type: 'openDiff', file };
    } else if (m.type === 'openFile') {
      const known = this.written.includes(m.path) || this.reviewed.some((f) => f.path === m.path && f.status !== 'new');
      if (!known) return this.drop(`no file ${JSON.stringify(m.path.slice(0, 200))} in the last review or Generate`);
      action = { type: 'openFile', path: m.path };
    } else if (m.type === 'showStep') {
      await this.session.changeStep(m.step);
      await this.session.sendState();
      action = m;
    } else action = m;
    try {
      await this.deps.show(action);
    } catch (e) {
      this.deps.log(`API Designer: ${String(e)}`);
      this.deps.post({ type: 'error', message: `The API Designer could not show that: ${e instanceof Error ? e.message : String(e)}` });
    }
    return true;
  }

  private drop(why: string): false {
    this.deps.log(`API Designer: dropped a message: ${why}.`);
    return false;
  }

  private dispatch(m: Exclude<WebviewMessage, ViewMessage>): Promise<unknown> {
    switch (m.type) {
      case 'ready':
        return this.session.sendState();
      case 'draftChanged':
        return this.session.changeDraft(m.draft, m.step);
      case 'stepChanged':
        return this.session.changeStep(m.step);
      case 'requestPreview':
        return this.session.review();
      case 'answerQuestion':
        return this.session.answerQuestion(m.questionId, m.answer);
      case 'generate':
        return this.session.generate();
      case 'importSpecs':
        return this.session.importSpecs();
      case 'discardDraft':
        return this.session.discardDraft();
    }
  }

  /** Sends the full state (after the operations already queued). */
  sendState(): Promise<void> {
    return this.session.sendState();
  }

  /** Loads `<specsRoot>/api/*.md` into the draft, in turn with the webview's messages. */
  importSpecs(): Promise<void> {
    return this.session.importSpecs();
  }

  /** Writes the reviewed draft, in turn with the webview's messages; a sentence saying why not when it cannot. */
  async generate(): Promise<{ written: string[] } | { refused: string }> {
    const result = await this.session.generate();
    return 'refused' in result ? result : { written: result.written };
  }
}
