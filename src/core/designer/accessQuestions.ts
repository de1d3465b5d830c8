// The review's questions about sharing, asked while the draft leaves them
// open: may a grantee see the other grants, may a grantee re-share, and what a
// grantee who may not delete gets (403 admits the row exists, 404 hides it).
// Answering sets the routes' access rules, so the question is gone.
import type { AccessRule, DraftDesign } from '../model';
import { isGrantRoute } from '../lint';
import type { Question } from './shapes';

type DraftResource = DraftDesign['resources'][number];
type DraftRoute = DraftResource['routes'][number];
type Visit = (route: DraftRoute) => void;

const singular = (name: string): string => name.replace(/ies$/, 'y').replace(/s$/, '');
const unstated = (r: DraftRoute): boolean => r.access === undefined && r.ownership === undefined;
const grantList = (r: DraftRoute): boolean => r.method === 'GET' && isGrantRoute(r) && /[a-z]$/i.test(r.path);
const grantChange = (r: DraftRoute): boolean => r.method !== 'GET' && isGrantRoute(r);
const rowDelete = (r: DraftRoute): boolean => r.method === 'DELETE' && !isGrantRoute(r) && /\}$/.test(r.path);

function setAccess(route: DraftRoute, rule: AccessRule): void {
  route.access = rule;
  delete route.ownership;
}

function eachRoute(draft: DraftDesign, test: (r: DraftRoute, res: DraftResource) => boolean, visit: Visit): void {
  for (const res of draft.resources) for (const r of res.routes) if (test(r, res)) visit(r);
}

const any = (draft: DraftDesign, test: (r: DraftRoute, res: DraftResource) => boolean): boolean => draft.resources.some((res) => res.routes.some((r) => test(r, res)));

/** The first shared resource: its row noun and levels (least to most). */
function shared(draft: DraftDesign): { noun: string; levels: string[] } | undefined {
  const res = draft.resources.find((r) => r.sharing && r.sharing.levels.length > 0);
  return res?.sharing ? { noun: singular(res.name), levels: res.sharing.levels } : undefined;
}

/** The sharing questions still open, with stable ids. */
export function accessQuestions(draft: DraftDesign): Question[] {
  const s = shared(draft);
  if (!s) return [];
  const low = s.levels[0] as string;
  const high = s.levels[s.levels.length - 1] as string;
  const out: Question[] = [];
  if (any(draft, (r) => grantList(r) && unstated(r))) {
    out.push({ id: 'grants-visible', text: `Can a user with \`${low}\` see who else the ${s.noun} is shared with?`, answers: [{ value: 'yes', label: 'Yes, grantees see the grants' }, { value: 'no', label: 'No, only the owner' }] });
  }
  if (any(draft, (r) => grantChange(r) && unstated(r))) {
    out.push({ id: 'grantee-reshare', text: `May an \`${high}\` grantee re-share the ${s.noun}?`, answers: [{ value: 'yes', label: `Yes, \`${high}\` grantees may share it` }, { value: 'no', label: 'No, only the owner shares' }] });
  }
  if (any(draft, (r, res) => res.sharing !== undefined && rowDelete(r) && !(r.access && 'deniedStatus' in r.access && r.access.deniedStatus !== undefined))) {
    out.push({ id: 'grantee-delete', text: `A grantee tries to delete the ${s.noun}: answer 403 (it may see the ${s.noun}, not delete it) or 404?`, answers: [{ value: '403', label: '403 Forbidden' }, { value: '404', label: '404 Not Found' }] });
  }
  return out;
}

/** The draft with a sharing answer applied (a copy), or undefined when the question is not one of these. */
export function answerAccessQuestion(draft: DraftDesign, id: string, answer: string): DraftDesign | undefined {
  const s = shared(draft);
  if (!s || !accessQuestions(draft).some((q) => q.id === id && q.answers.some((a) => a.value === answer))) return undefined;
  const next = structuredClone(draft);
  const low = s.levels[0] as string;
  const high = s.levels[s.levels.length - 1] as string;
  if (id === 'grants-visible') eachRoute(next, (r) => grantList(r) && unstated(r), (r) => setAccess(r, answer === 'yes' ? { kind: 'owner-or-grant', level: low } : { kind: 'owner' }));
  if (id === 'grantee-reshare') eachRoute(next, (r) => grantChange(r) && unstated(r), (r) => setAccess(r, answer === 'yes' ? { kind: 'owner-or-grant', level: high } : { kind: 'owner' }));
  if (id === 'grantee-delete') {
    const deniedStatus = answer === '403' ? 403 : 404;
    eachRoute(next, (r, res) => res.sharing !== undefined && rowDelete(r), (r) => {
      const rule = r.access;
      if (rule?.kind === 'owner' || rule?.kind === 'owner-or-grant' || rule?.kind === 'role') setAccess(r, { ...rule, deniedStatus } as AccessRule);
      else if (rule === undefined) setAccess(r, { kind: 'owner', deniedStatus });
    });
  }
  return next;
}
