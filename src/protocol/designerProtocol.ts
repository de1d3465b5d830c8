// The API Designer's message protocol: every message each way, as zod
// discriminated unions. Pure (no vscode, no DOM), so the extension host and the
// webview bundle import the same definitions and both sides safeParse what
// they receive, dropping anything else.
//
// The draft travels in a loose shape: while the user types, a path or a name
// may not yet be valid, so the draft only has to have the right structure.
// Whether it is a valid design is decided with the core model's schemas.
import { z } from 'zod';

const Text = z.string().max(2000);
const Flag = z.boolean();
const Status = z.number().int().min(0).max(999);
const Opt = <T extends z.ZodType>(t: T) => t.optional();

const DraftParameter = z.object({ name: Text, in: z.enum(['path', 'query']), type: Text, required: Flag, description: Opt(Text) });
const DraftField = z.object({ name: Text, type: Text, required: Flag, nullable: Flag, constraints: Opt(Text), example: Opt(Text), description: Opt(Text) });
const DraftSchema = z.object({ name: Text, description: Opt(Text), basedOn: Opt(Text), fields: z.array(DraftField).max(500) });
const DraftResponse = z.object({ status: Status, description: Opt(Text), schema: Opt(Text) });
const DraftRoute = z.object({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  path: Text,
  purpose: Text,
  auth: Opt(z.enum(['jwt', 'public'])),
  ownership: Opt(z.enum(['owner', 'none'])),
  params: z.array(DraftParameter).max(100),
  requestSchema: Opt(Text),
  responses: z.array(DraftResponse).max(50),
  errors: z.array(Status).max(50),
});
const DraftResource = z.object({ name: Text, title: Text, description: Opt(Text), model: Opt(Text), owned: Flag, routes: z.array(DraftRoute).max(500) });
const DraftAuth = z.object({
  scheme: z.literal('jwt-bearer'),
  header: Text,
  algorithm: Text,
  userClaim: Text,
  tokenLifetimeMinutes: z.number().finite(),
  spec: Opt(Text),
  ownership: z.object({ column: Text, otherUserStatus: z.union([z.literal(403), z.literal(404)]) }),
});
const DraftErrors = z.object({
  schema: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('fastapi-detail') }),
    z.object({ kind: z.literal('custom'), name: Text, fields: z.array(DraftField).max(100) }),
  ]),
  catalog: z.array(z.object({ status: Status, meaning: Text, when: Opt(Text) })).max(100),
});

/** The wizard's draft: an API design whose values may still be incomplete. */
export const DraftDesign = z.object({
  title: Text,
  basePath: Text,
  description: Opt(Text),
  auth: DraftAuth,
  errors: DraftErrors,
  resources: z.array(DraftResource).max(200),
  schemas: z.array(DraftSchema).max(500),
});
export type DraftDesign = z.infer<typeof DraftDesign>;

export const STEPS = ['start', 'resources', 'schemas', 'auth', 'errors', 'review', 'generate'] as const;
export const Step = z.enum(STEPS);
export type Step = z.infer<typeof Step>;

/** A database model offered for "based on a database model". */
export const DbModelOffer = z.object({ name: Text, reference: Text, fields: z.array(z.object({ name: Text, type: Text })) });
export type DbModelOffer = z.infer<typeof DbModelOffer>;

/** Everything the webview shows, sent whole after `ready` and after every change the host makes. */
export const DesignerStateMessage = z.object({
  type: z.literal('state'),
  draft: DraftDesign,
  step: Step,
  /** True when the current draft has been reviewed and is valid: Generate is allowed. */
  reviewed: Flag,
  trusted: Flag,
  specsRoot: Text,
  dbModels: z.array(DbModelOffer),
  /** A line for the user about the last import or generate. */
  notice: Opt(Text),
});

export const DiffLine = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type DiffLine = z.infer<typeof DiffLine>;

export const CoverageRow = z.object({
  route: Text,
  auth: Text,
  ownership: Text,
  e401: Flag,
  e403: Flag,
  e404: Flag,
  e422: Flag,
});
export type CoverageRow = z.infer<typeof CoverageRow>;

export const Question = z.object({ id: Text, text: Text, answers: z.array(z.object({ value: Text, label: Text })) });
export type Question = z.infer<typeof Question>;

export const Problem = z.object({ where: Text, message: Text });
export type Problem = z.infer<typeof Problem>;

export const PreviewFile = z.object({ path: Text, status: z.enum(['new', 'changed', 'unchanged', 'deleted']), text: z.string(), diff: z.array(DiffLine) });
export type PreviewFile = z.infer<typeof PreviewFile>;

export const HostMessage = z.discriminatedUnion('type', [
  DesignerStateMessage,
  z.object({ type: z.literal('preview'), files: z.array(PreviewFile), coverage: z.array(CoverageRow), questions: z.array(Question), problems: z.array(Problem) }),
  z.object({ type: z.literal('generated'), files: z.array(Text) }),
  z.object({ type: z.literal('error'), message: Text }),
]);
export type HostMessage = z.infer<typeof HostMessage>;

export const WebviewMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('draftChanged'), draft: DraftDesign, step: Step }),
  z.object({ type: z.literal('requestPreview') }),
  z.object({ type: z.literal('answerQuestion'), questionId: Text, answer: Text }),
  z.object({ type: z.literal('generate') }),
  z.object({ type: z.literal('importSpecs') }),
  z.object({ type: z.literal('discardDraft') }),
]);
export type WebviewMessage = z.infer<typeof WebviewMessage>;
