// The API Designer's host side, free of the vscode module so it can be tested
// directly: it validates every message from the webview and turns it into a
// call on the core's DesignerSession, which keeps the draft, reviews it and
// generates (one operation at a time, in the order the messages came). What
// does not parse is logged and dropped without touching the state.
import { WebviewMessage, type HostMessage } from '../../protocol/designerProtocol';
import { DesignerSession, type DesignerHost, type StoredDraft } from '../../core/designer';

export type { StoredDraft } from '../../core/designer';

/** What the webview controller needs: the session's host, with messages posted to the webview and deletes confirmed in a dialog. */
export interface DesignerDeps extends Omit<DesignerHost, 'emit' | 'decideDeletes'> {
  post(message: HostMessage): void;
  log(message: string): void;
  /** Asks before files are deleted (resources the draft no longer has); true to go on. */
  confirmDeletes(paths: string[]): Promise<boolean>;
}

export class DesignerController {
  private readonly session: DesignerSession;

  constructor(private readonly deps: DesignerDeps) {
    this.session = new DesignerSession({
      load: () => deps.load(),
      save: (value) => deps.save(value),
      emit: (event) => deps.post(event),
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
    try {
      await this.dispatch(parsed.data);
    } catch (e) {
      this.deps.log(`API Designer: ${String(e)}`);
      this.deps.post({ type: 'error', message: `The API Designer could not do that: ${e instanceof Error ? e.message : String(e)}` });
    }
    return true;
  }

  private dispatch(m: WebviewMessage): Promise<unknown> {
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
