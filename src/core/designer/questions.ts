// The review's open questions: what the API lint rules would report about the
// draft (auth.missing, auth.ownership-missing, errors.ownership-status-
// inconsistent, errors.401-missing, errors.422-missing), asked as choices the
// user answers in place. Answering changes the draft so the question is gone.
import type { DraftDesign } from '../model';
import type { Question } from './shapes';
import { accessQuestions, answerAccessQuestion } from './accessQuestions';

type DraftRoute = DraftDesign['resources'][number]['routes'][number];
type RouteVisit = (route: DraftRoute, resource: DraftDesign['resources'][number]) => void;

const singular = (name: string): string => name.replace(/ies$/, 'y').replace(/s$/, '');
const hasPathParam = (r: DraftRoute): boolean => /\{[^}]+\}/.test(r.path);
const isOwnedItemRoute = (route: DraftRoute, owned: boolean): boolean => owned && route.auth !== 'public' && hasPathParam(route);
const takesInput = (r: DraftRoute): boolean => r.requestSchema !== undefined || r.params.length > 0;
const withStatus = (errors: number[], status: number): number[] => (errors.includes(status) ? errors : [...errors, status].sort((a, b) => a - b));

function eachRoute(draft: DraftDesign, visit: RouteVisit): void {
  for (const resource of draft.resources) for (const route of resource.routes) visit(route, resource);
}

/** The open questions about the draft, in a stable order with stable ids. */
export function openQuestions(draft: DraftDesign): Question[] {
  const questions: Question[] = [];
  const status = draft.auth.ownership.otherUserStatus;
  const ownedNames = new Set<string>();
  eachRoute(draft, (route, resource) => {
    if (isOwnedItemRoute(route, resource.owned) && !route.errors.includes(status)) ownedNames.add(singular(resource.name));
  });
  if (ownedNames.size > 0) {
    questions.push({
      id: 'ownership-status',
      text: `Who may read another user's ${[...ownedNames].join(' or ')}: answer 404 (hide that it exists) or 403 (forbid it)?`,
      answers: [
        { value: '404', label: '404 Not Found' },
        { value: '403', label: '403 Forbidden' },
      ],
    });
  }
  draft.resources.forEach((resource, ri) =>
    resource.routes.forEach((route, i) => {
      const name = `${route.method} ${route.path}`;
      if (route.auth === undefined) {
        questions.push({ id: `auth:${ri}:${i}`, text: `Does ${name} need a signed-in user?`, answers: [{ value: 'jwt', label: 'Yes, a JWT' }, { value: 'public', label: 'No, public' }] });
      } else if (resource.owned && route.auth === 'jwt' && route.ownership === undefined && route.access === undefined) {
        questions.push({ id: `ownership:${ri}:${i}`, text: `Does ${name} only reach the caller's own ${resource.name}?`, answers: [{ value: 'owner', label: 'Yes, owner only' }, { value: 'none', label: 'No' }] });
      }
    }),
  );
  const no401 = draft.resources.some((r) => r.routes.some((x) => x.auth === 'jwt' && !x.errors.includes(401)));
  if (no401) questions.push({ id: 'add-401', text: 'Some routes need a JWT but do not list 401 for a missing or expired token. Add 401 to them?', answers: [{ value: 'yes', label: 'Add 401' }] });
  const no422 = draft.resources.some((r) => r.routes.some((x) => takesInput(x) && !x.errors.includes(422)));
  if (no422) questions.push({ id: 'add-422', text: 'Some routes take a body or parameters but do not list 422 for invalid input (FastAPI answers 422). Add 422 to them?', answers: [{ value: 'yes', label: 'Add 422' }] });
  return [...questions, ...accessQuestions(draft)];
}

/** The draft with the answer applied, or undefined when the question or the answer is not one that is open. */
export function answerQuestion(draft: DraftDesign, questionId: string, answer: string): DraftDesign | undefined {
  if (questionId.startsWith('grant')) return answerAccessQuestion(draft, questionId, answer);
  const question = openQuestions(draft).find((q) => q.id === questionId);
  if (!question || !question.answers.some((a) => a.value === answer)) return undefined;
  const next = structuredClone(draft);
  const [kind, ri, i] = questionId.split(':');
  const route = ri !== undefined && i !== undefined ? next.resources[Number(ri)]?.routes[Number(i)] : undefined;
  if (kind === 'ownership-status') {
    const status = answer === '403' ? 403 : 404;
    next.auth.ownership.otherUserStatus = status;
    eachRoute(next, (r, resource) => {
      if (isOwnedItemRoute(r, resource.owned)) r.errors = withStatus(r.errors, status);
    });
  } else if (kind === 'auth' && route) {
    route.auth = answer === 'public' ? 'public' : 'jwt';
  } else if (kind === 'ownership' && route) {
    route.ownership = answer === 'owner' ? 'owner' : 'none';
  } else if (kind === 'add-401') {
    eachRoute(next, (r) => {
      if (r.auth === 'jwt') r.errors = withStatus(r.errors, 401);
    });
  } else if (kind === 'add-422') {
    eachRoute(next, (r) => {
      if (takesInput(r)) r.errors = withStatus(r.errors, 422);
    });
  }
  return next;
}
