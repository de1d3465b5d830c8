// The API Designer's session, free of any editor: the draft and its step, the
// review, the questions, and Generate. The VS Code webview controller and the
// CLI's `generate` both drive one; what each host differs in (where the draft
// is kept, how files are read and written, how the user is asked) is the
// DesignerHost passed in.
//
// Every operation goes through one queue, so they run one at a time in the
// order they were asked for: a draft change that arrives while a review reads
// the files waits for that review. A review works on a snapshot of the draft
// and marks only that snapshot reviewed, and Generate writes the draft only
// when it is exactly the one last reviewed.
import { DraftDesign } from '../model';
import { readApiSpecs } from '../reader';
import { coverageMatrix } from './coverage';
import { emptyDraft, validateDraft } from './draft';
import { generationPlan, type GenerationPlan } from './generate';
import { previewFiles } from './preview';
import { answerQuestion, openQuestions } from './questions';
import { createSerialQueue } from './serialQueue';
import { STEPS, type DbModelOffer, type SessionEvent, type Step } from './shapes';

/** What the host keeps between sessions. */
export interface StoredDraft {
  draft: DraftDesign;
  step: Step;
  /** JSON of the draft as it was when last reviewed; Generate needs it to equal the current draft. */
  reviewed?: string;
}

/** What to do with the files of resources the draft no longer has: delete them, keep them and write the rest, or write nothing. */
export type DeleteDecision = 'delete' | 'keep' | 'cancel';

export type GenerateResult = { written: string[]; kept: string[] } | { refused: string };

export interface DesignerHost {
  /** The stored draft, as saved last time (validated here; anything else starts a fresh draft). */
  load(): unknown;
  save(value: StoredDraft | undefined): Promise<void>;
  emit(event: SessionEvent): void;
  /** Generate writes files, so it runs only where the host trusts the workspace. */
  isTrusted(): boolean;
  specsRoot(): string;
  /** The `<specsRoot>/api/*.md` files on disk. */
  readApiFiles(): Promise<Array<{ path: string; text: string }>>;
  dbModels(): Promise<DbModelOffer[]>;
  /** Writes the plan (confined to `<specsRoot>/api/` already); the paths written and deleted. */
  apply(plan: GenerationPlan): Promise<string[]>;
  decideDeletes(paths: string[]): Promise<DeleteDecision>;
}

/** The stored value if it holds a draft, with its step (the first step when that is unknown). */
function parseStored(value: unknown): StoredDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const draft = DraftDesign.safeParse(v.draft);
  if (!draft.success) return undefined;
  const step = typeof v.step === 'string' && (STEPS as readonly string[]).includes(v.step) ? (v.step as Step) : 'start';
  return { draft: draft.data, step, ...(typeof v.reviewed === 'string' ? { reviewed: v.reviewed } : {}) };
}

const fingerprint = (draft: DraftDesign): string => JSON.stringify(draft);

export class DesignerSession {
  private state: StoredDraft;
  private notice: string | undefined;
  private readonly queue = createSerialQueue();

  constructor(private readonly host: DesignerHost) {
    this.state = parseStored(host.load()) ?? { draft: emptyDraft(), step: 'start' };
  }

  /** The current draft, step and reviewed fingerprint (a copy). */
  snapshot(): StoredDraft {
    return structuredClone(this.state);
  }

  /** Emits the full state. */
  sendState(): Promise<void> {
    return this.queue.run(() => this.emitState());
  }

  /** Replaces the draft and the step; the review stays only if the draft is the one reviewed. */
  changeDraft(draft: DraftDesign, step: Step): Promise<void> {
    return this.queue.run(() => this.update({ ...this.state, draft: structuredClone(draft), step }));
  }

  /**
   * Moves to another step at once, ahead of the operations still queued: the
   * step is where the user is, not part of the design, so the state an
   * operation in progress emits already shows it. Saving it waits its turn.
   */
  changeStep(step: Step): Promise<void> {
    this.state = { ...this.state, step };
    return this.queue.run(() => this.host.save(this.state));
  }

  /** Emits the review (problems, coverage, questions, files and diffs) of the draft as it is now, and marks that draft reviewed when it is valid. */
  review(): Promise<void> {
    return this.queue.run(() => this.reviewNow());
  }

  /** Applies the answer to an open question, then reviews again. */
  answerQuestion(questionId: string, answer: string): Promise<void> {
    return this.queue.run(async () => {
      const next = answerQuestion(this.state.draft, questionId, answer);
      if (!next) {
        this.host.emit({ type: 'error', message: 'That question is no longer open; the review was refreshed.' });
        return this.reviewNow();
      }
      await this.update({ ...this.state, draft: next });
      await this.emitState();
      return this.reviewNow();
    });
  }

  /** Loads `<specsRoot>/api/*.md` through the reader into the draft. */
  importSpecs(): Promise<void> {
    return this.queue.run(() => this.importNow());
  }

  /** Starts afresh: the stored draft is removed. */
  discardDraft(): Promise<void> {
    return this.queue.run(async () => {
      this.notice = 'The draft was discarded.';
      this.state = { draft: emptyDraft(), step: 'start' };
      await this.host.save(undefined);
      await this.emitState();
    });
  }

  /** Writes the reviewed draft; a sentence saying why not when it cannot. */
  generate(): Promise<GenerateResult> {
    return this.queue.run(() => this.generateNow());
  }

  private async update(next: StoredDraft): Promise<void> {
    const { reviewed: _old, ...rest } = next;
    const reviewed = this.state.reviewed;
    this.state = reviewed !== undefined && fingerprint(next.draft) === reviewed ? { ...rest, reviewed } : rest;
    await this.host.save(this.state);
  }

  private isReviewed(): boolean {
    return this.state.reviewed !== undefined && this.state.reviewed === fingerprint(this.state.draft);
  }

  private async emitState(): Promise<void> {
    const event: SessionEvent = {
      type: 'state',
      draft: this.state.draft,
      step: this.state.step,
      reviewed: this.isReviewed() && validateDraft(this.state.draft).design !== undefined,
      trusted: this.host.isTrusted(),
      specsRoot: this.host.specsRoot(),
      dbModels: await this.host.dbModels(),
    };
    if (this.notice !== undefined) event.notice = this.notice;
    this.notice = undefined;
    this.host.emit(event);
  }

  private async reviewNow(): Promise<void> {
    // Everything below describes this snapshot, whatever happens to the draft while the files are read.
    const draft = structuredClone(this.state.draft);
    const { design, problems } = validateDraft(draft);
    const coverage = coverageMatrix(draft);
    const questions = openQuestions(draft);
    const files = design ? previewFiles(design, await this.host.readApiFiles(), this.host.specsRoot()) : [];
    if (design) {
      this.state = { ...this.state, reviewed: fingerprint(draft) };
      await this.host.save(this.state);
    }
    this.host.emit({ type: 'preview', files, coverage, questions, problems });
    await this.emitState();
  }

  private async importNow(): Promise<void> {
    const files = await this.host.readApiFiles();
    if (files.length === 0) {
      this.notice = `No API specs found under ${this.host.specsRoot()}/api/.`;
      return this.emitState();
    }
    const { design } = readApiSpecs(files);
    const draft = DraftDesign.safeParse(design);
    if (!draft.success) return this.host.emit({ type: 'error', message: 'The API specs could not be loaded into the wizard: a value is longer or larger than the wizard holds.' });
    this.notice = `Imported ${files.length} file(s) from ${this.host.specsRoot()}/api/.`;
    await this.update({ draft: draft.data, step: 'resources' });
    await this.emitState();
  }

  private async generateNow(): Promise<GenerateResult> {
    const refuse = (why: string) => (this.host.emit({ type: 'error', message: why }), { refused: why });
    if (!this.host.isTrusted()) return refuse('Generate writes files, so it only runs in a trusted workspace. Trust this workspace first.');
    const { design, problems } = validateDraft(this.state.draft);
    if (!design) return refuse(`Fix the draft first (${problems[0]?.where ?? 'see Review'}): ${problems[0]?.message ?? ''}`.trim());
    if (!this.isReviewed()) return refuse('Open Review first: Generate writes only what you have reviewed.');
    // `design` is the reviewed draft: nothing else runs until this operation ends.
    const root = this.host.specsRoot();
    const { plan, outside } = generationPlan(design, await this.host.readApiFiles(), root);
    if (outside.length > 0) return refuse(`Nothing was written: ${outside.join(', ')} would be outside ${root}/api/.`);
    // A draft started afresh in a workspace that has specs drops every resource it does not name: say so before deleting.
    const decision = plan.deletes.length > 0 ? await this.host.decideDeletes(plan.deletes) : 'delete';
    if (decision === 'cancel') {
      return refuse(`Nothing was written: Generate would delete ${plan.deletes.join(', ')}, which you kept. Add those resources to the draft (Import specs/api brings them in) to keep their files.`);
    }
    const kept = decision === 'keep' ? plan.deletes : [];
    const written = await this.host.apply(decision === 'keep' ? { ...plan, deletes: [] } : plan);
    this.host.emit({ type: 'generated', files: written });
    const wrote = written.filter((p) => !plan.deletes.includes(p));
    const deleted = written.filter((p) => plan.deletes.includes(p));
    const said = [
      ...(wrote.length ? [`Wrote ${wrote.join(', ')}.`] : []),
      ...(deleted.length ? [`Deleted ${deleted.join(', ')} (resources no longer in the draft).`] : []),
      ...(kept.length ? [`Kept ${kept.join(', ')} (resources no longer in the draft).`] : []),
    ];
    this.notice = said.length ? said.join(' ') : 'The specs on disk already match the draft.';
    await this.update({ ...this.state, step: 'generate' });
    await this.emitState();
    return { written, kept };
  }
}
