// What the designer session hands out: the wizard's steps, the review (problems,
// coverage rows, questions, files with their diffs), the database models it
// offers, and the events it emits. Zod schemas, so an adapter that carries them
// across a boundary (the webview protocol) validates the same definitions the
// session produces; the types come from z.infer.
import { z } from 'zod';
import { DraftDesign, DraftText as Text } from '../model';

export const STEPS = ['start', 'resources', 'schemas', 'auth', 'errors', 'review', 'generate'] as const;
export const Step = z.enum(STEPS);
export type Step = z.infer<typeof Step>;

/** A database model offered for "based on a database model". */
export const DbModelOffer = z.object({ name: Text, reference: Text, fields: z.array(z.object({ name: Text, type: Text })) });
export type DbModelOffer = z.infer<typeof DbModelOffer>;

export const DiffLine = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type DiffLine = z.infer<typeof DiffLine>;

/** The checks of the coverage grid that can be a gap: a route that states no auth or access rule, or omits a status it must answer. */
export const COVERAGE_CHECKS = ['auth', 'access', 'e401', 'e404', 'e422'] as const;
export const CoverageCheck = z.enum(COVERAGE_CHECKS);
export type CoverageCheck = z.infer<typeof CoverageCheck>;

/** One route of the coverage grid; `callers` says what each kind of caller gets (a status, or words for a list); `gaps` the checks it fails. */
export const CoverageRow = z.object({ resource: Text, route: Text, auth: Text, ownership: Text, access: Text, callers: z.array(z.object({ who: Text, gets: Text })).max(100), e401: z.boolean(), e403: z.boolean(), e404: z.boolean(), e422: z.boolean(), gaps: z.array(CoverageCheck).max(COVERAGE_CHECKS.length) });
export type CoverageRow = z.infer<typeof CoverageRow>;

export const Question = z.object({ id: Text, text: Text, answers: z.array(z.object({ value: Text, label: Text })) });
export type Question = z.infer<typeof Question>;

/** A reason the draft is not a valid design: where (in the steps' words), what to write, and the step that holds the field. */
export const Problem = z.object({ where: Text, message: Text, step: Step });
export type Problem = z.infer<typeof Problem>;

export const PreviewFile = z.object({ path: Text, status: z.enum(['new', 'changed', 'unchanged', 'deleted']), text: z.string(), diff: z.array(DiffLine) });
export type PreviewFile = z.infer<typeof PreviewFile>;

/** Everything a view shows, sent whole after every change the session makes. */
export const StateEvent = z.object({
  type: z.literal('state'),
  draft: DraftDesign,
  step: Step,
  /** True when the current draft has been reviewed and is valid: Generate is allowed. */
  reviewed: z.boolean(),
  trusted: z.boolean(),
  specsRoot: Text,
  dbModels: z.array(DbModelOffer),
  /** A line for the user about the last import or generate. */
  notice: Text.optional(),
});

/** The review of one snapshot of the draft. */
export const PreviewEvent = z.object({ type: z.literal('preview'), files: z.array(PreviewFile), coverage: z.array(CoverageRow), questions: z.array(Question), problems: z.array(Problem) });

export const SessionEvent = z.discriminatedUnion('type', [
  StateEvent,
  PreviewEvent,
  z.object({ type: z.literal('generated'), files: z.array(Text) }),
  z.object({ type: z.literal('error'), message: Text }),
]);
export type SessionEvent = z.infer<typeof SessionEvent>;
