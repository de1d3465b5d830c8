// The API Designer's message protocol: every message each way, as zod
// discriminated unions. Pure (no vscode, no DOM), so the extension host and the
// webview bundles (the side bar's wizard and the Review panel) import the same
// definitions and both sides safeParse what they receive, dropping anything
// else. Both views talk to the one designer session through these messages.
//
// Nothing here is a copy: the draft is the core model's `DraftDesign` (the
// design's structure with loose values, derived from `ApiDesign`, one set of
// limits), and the host's messages are the designer session's events.
import { z } from 'zod';
import { DraftDesign, DraftText as Text } from '../core/model';
import { SessionEvent, Step } from '../core/designer';

export { DraftDesign } from '../core/model';
export { COVERAGE_CHECKS, CoverageCheck, CoverageRow, DbModelOffer, DiffLine, PreviewFile, Problem, Question, STEPS, Step } from '../core/designer';

/** Host to webview, beside the session's events: how many problems the workspace has (the Problems panel's count), for the Review panel after Generate. */
export const WorkspaceProblemsMessage = z.object({ type: z.literal('workspaceProblems'), count: z.number().int().min(0) });

/** Host to webview: what the designer session emits, and the workspace's problem count. */
export const HostMessage = z.discriminatedUnion('type', [...SessionEvent.options, WorkspaceProblemsMessage]);
export type HostMessage = z.infer<typeof HostMessage>;

/** A spec file named in a message: a relative path (the host opens it only when the last review or Generate named it). */
const FilePath = Text.min(1);

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
  /** Opens the Review panel in the editor area (from the side bar's Review step). */
  z.object({ type: z.literal('openReview') }),
  /** Shows a reviewed file's change in VS Code's diff editor (a new file as the proposed text alone). */
  z.object({ type: z.literal('openDiff'), path: FilePath }),
  /** Opens a file on disk that the review or Generate named. */
  z.object({ type: z.literal('openFile'), path: FilePath }),
  /** Shows the Problems panel. */
  z.object({ type: z.literal('openProblems') }),
  /** Opens a step in the side bar (where a problem's field is). */
  z.object({ type: z.literal('showStep'), step: Step }),
]);
export type WebviewMessage = z.infer<typeof WebviewMessage>;
