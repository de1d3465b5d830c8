// The API Designer's message protocol: every message each way, as zod
// discriminated unions. Pure (no vscode, no DOM), so the extension host and the
// webview bundle import the same definitions and both sides safeParse what
// they receive, dropping anything else.
//
// Nothing here is a copy: the draft is the core model's `DraftDesign` (the
// design's structure with loose values, derived from `ApiDesign`, one set of
// limits), and the host's messages are the designer session's events.
import { z } from 'zod';
import { DraftDesign, DraftText as Text } from '../core/model';
import { SessionEvent, Step } from '../core/designer';

export { DraftDesign } from '../core/model';
export { CoverageRow, DbModelOffer, DiffLine, PreviewFile, Problem, Question, STEPS, Step } from '../core/designer';

/** Host to webview: what the designer session emits. */
export const HostMessage = SessionEvent;
export type HostMessage = SessionEvent;

/** Webview to host: one message per user action; the host handles them one at a time, in order. */
export const WebviewMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('draftChanged'), draft: DraftDesign, step: Step }),
  /** The user moved to another step without editing: the draft is not sent, so a draft the host changed meanwhile (an answered question) is not overwritten. */
  z.object({ type: z.literal('stepChanged'), step: Step }),
  z.object({ type: z.literal('requestPreview') }),
  z.object({ type: z.literal('answerQuestion'), questionId: Text, answer: Text }),
  z.object({ type: z.literal('generate') }),
  z.object({ type: z.literal('importSpecs') }),
  z.object({ type: z.literal('discardDraft') }),
]);
export type WebviewMessage = z.infer<typeof WebviewMessage>;
