// The API Designer's host side, free of the vscode module so it can be tested
// directly: it validates every message from the webview, keeps the draft in
// the injected store, answers with full state or a preview, and hands the
// generation plan to the injected writer. Anything that does not parse is
// logged and dropped without touching the state.
import { DraftDesign, STEPS, WebviewMessage, type DbModelOffer, type HostMessage, type Step } from '../../protocol/designerProtocol';
import { answerQuestion, coverageMatrix, emptyDraft, generationPlan, openQuestions, previewFiles, validateDraft, type GenerationPlan } from '../../core/designer';
import { readApiSpecs } from '../../core/reader';

/** What is kept in workspace state. */
export interface StoredDraft {
  draft: DraftDesign;
  step: Step;
  /** JSON of the draft as it was when last reviewed; Generate needs it to equal the current draft. */
  reviewed?: string;
}

export interface DesignerDeps {
  load(): unknown;
  save(value: StoredDraft | undefined): Promise<void>;
  post(message: HostMessage): void;
  log(message: string): void;
  isTrusted(): boolean;
  specsRoot(): string;
  /** The `<specsRoot>/api/*.md` files on disk. */
  readApiFiles(): Promise<Array<{ path: string; text: string }>>;
  dbModels(): Promise<DbModelOffer[]>;
  /** Applies the plan as one undoable edit; the paths written. */
  apply(plan: GenerationPlan): Promise<string[]>;
  /** Asks before files are deleted (resources the draft no longer has); true to go on. */
  confirmDeletes(paths: string[]): Promise<boolean>;
}

const StoredShape = { parse(value: unknown): StoredDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const draft = DraftDesign.safeParse(v.draft);
  const step = typeof v.step === 'string' && (STEPS as readonly string[]).includes(v.step) ? (v.step as Step) : 'start';
  if (!draft.success) return undefined;
  return { draft: draft.data, step, ...(typeof v.reviewed === 'string' ? { reviewed: v.reviewed } : {}) };
} };

export class DesignerController {
  private state: StoredDraft;
  private notice: string | undefined;

  constructor(private readonly deps: DesignerDeps) {
    this.state = StoredShape.parse(deps.load()) ?? { draft: emptyDraft(), step: 'start' };
  }

  /** The current draft and step (a copy). */
  snapshot(): StoredDraft {
    return structuredClone(this.state);
  }

  /** Handles one raw message from the webview; false when it was dropped. Never throws. */
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
      this.post({ type: 'error', message: `The API Designer could not do that: ${e instanceof Error ? e.message : String(e)}` });
    }
    return true;
  }

  private async dispatch(m: WebviewMessage): Promise<void> {
    switch (m.type) {
      case 'ready':
        return this.sendState();
      case 'draftChanged':
        return this.update({ ...this.state, draft: m.draft, step: m.step });
      case 'requestPreview':
        return this.review();
      case 'answerQuestion': {
        const next = answerQuestion(this.state.draft, m.questionId, m.answer);
        if (!next) return this.post({ type: 'error', message: 'That question is no longer open; the review was refreshed.' }), this.review();
        await this.update({ ...this.state, draft: next });
        await this.sendState();
        return this.review();
      }
      case 'generate':
        return void (await this.generate());
      case 'importSpecs':
        return this.importSpecs();
      case 'discardDraft':
        this.notice = 'The draft was discarded.';
        await this.update({ draft: emptyDraft(), step: 'start' }, undefined, true);
        return this.sendState();
    }
  }

  private post(message: HostMessage): void {
    this.deps.post(message);
  }

  private async update(next: StoredDraft, reviewed?: string, clear = false): Promise<void> {
    const { reviewed: _old, ...rest } = next;
    this.state = reviewed !== undefined ? { ...rest, reviewed } : JSON.stringify(next.draft) === this.state.reviewed ? { ...rest, reviewed: this.state.reviewed } : rest;
    await this.deps.save(clear ? undefined : this.state);
  }

  private isReviewed(): boolean {
    return this.state.reviewed !== undefined && this.state.reviewed === JSON.stringify(this.state.draft);
  }

  /** Sends the full state. */
  async sendState(): Promise<void> {
    const message: HostMessage = {
      type: 'state',
      draft: this.state.draft,
      step: this.state.step,
      reviewed: this.isReviewed() && validateDraft(this.state.draft).design !== undefined,
      trusted: this.deps.isTrusted(),
      specsRoot: this.deps.specsRoot(),
      dbModels: await this.deps.dbModels(),
    };
    if (this.notice !== undefined) message.notice = this.notice;
    this.notice = undefined;
    this.post(message);
  }

  /** Computes the review (problems, coverage, questions, files and diffs) and marks the draft reviewed when it is valid. */
  async review(): Promise<void> {
    const { design, problems } = validateDraft(this.state.draft);
    const coverage = coverageMatrix(this.state.draft);
    const questions = openQuestions(this.state.draft);
    const files = design ? previewFiles(design, await this.deps.readApiFiles(), this.deps.specsRoot()) : [];
    if (design) await this.update(this.state, JSON.stringify(this.state.draft));
    this.post({ type: 'preview', files, coverage, questions, problems });
    await this.sendState();
  }

  /** Loads `<specsRoot>/api/*.md` through the reader into the draft. */
  async importSpecs(): Promise<void> {
    const files = await this.deps.readApiFiles();
    if (files.length === 0) {
      this.notice = `No API specs found under ${this.deps.specsRoot()}/api/.`;
      return this.sendState();
    }
    const { design } = readApiSpecs(files);
    const draft = DraftDesign.safeParse(design);
    if (!draft.success) return this.post({ type: 'error', message: 'The API specs could not be loaded into the wizard: a value is longer or larger than the wizard holds.' });
    this.notice = `Imported ${files.length} file(s) from ${this.deps.specsRoot()}/api/.`;
    await this.update({ draft: draft.data, step: 'resources' });
    await this.sendState();
  }

  /** Writes the reviewed draft; a sentence saying why not when it cannot. */
  async generate(): Promise<{ written: string[] } | { refused: string }> {
    const refuse = (why: string) => (this.post({ type: 'error', message: why }), { refused: why });
    if (!this.deps.isTrusted()) return refuse('Generate writes files, so it only runs in a trusted workspace. Trust this workspace first.');
    const { design, problems } = validateDraft(this.state.draft);
    if (!design) return refuse(`Fix the draft first (${problems[0]?.where ?? 'see Review'}): ${problems[0]?.message ?? ''}`.trim());
    if (!this.isReviewed()) return refuse('Open Review first: Generate writes only what you have reviewed.');
    const root = this.deps.specsRoot();
    const { plan, outside } = generationPlan(design, await this.deps.readApiFiles(), root);
    if (outside.length > 0) return refuse(`Nothing was written: ${outside.join(', ')} would be outside ${root}/api/.`);
    // A draft started afresh in a workspace that has specs drops every resource it does not name: say so before deleting.
    if (plan.deletes.length > 0 && !(await this.deps.confirmDeletes(plan.deletes))) {
      return refuse(`Nothing was written: Generate would delete ${plan.deletes.join(', ')}, which you kept. Add those resources to the draft (Import specs/api brings them in) to keep their files.`);
    }
    const written = await this.deps.apply(plan);
    this.post({ type: 'generated', files: written });
    const wrote = written.filter((p) => !plan.deletes.includes(p));
    const deleted = written.filter((p) => plan.deletes.includes(p));
    const said = [...(wrote.length ? [`Wrote ${wrote.join(', ')}.`] : []), ...(deleted.length ? [`Deleted ${deleted.join(', ')} (resources no longer in the draft).`] : [])];
    this.notice = said.length ? said.join(' ') : 'The specs on disk already match the draft.';
    await this.update({ ...this.state, step: 'generate' });
    await this.sendState();
    return { written };
  }
}
