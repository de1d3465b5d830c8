// Reads access rules: the canonical words the writer makes (accessWords.ts)
// exactly, and common hand-written phrasings best-effort ("shared users can
// view", "admin only", "requires role admin", "only the task's owner can
// share it"). Also the resource line's sharing and parent sentences and the
// README's roles sentence.
import type { AccessRule, ParentScope, Roles, Sharing } from '../model';

const ROLE_WORDS = 'admin|admins|administrator|administrators|staff|superuser|superusers|moderator|moderators';

function level(words: string): string {
  return /\b(edit|edits|update|updates|modify|write|change)\b/i.test(words) ? 'edit' : 'read';
}

function denied(words: string): 403 | 404 | undefined {
  const m = /\bothers? (?:users? )?(?:answer|get|receive)s? (403|404)\b/i.exec(words);
  return m ? (Number(m[1]) as 403 | 404) : undefined;
}

function withDenied<T extends AccessRule>(rule: T, words: string): T {
  const d = denied(words);
  return d !== undefined && rule.kind !== 'public' && rule.kind !== 'authenticated' ? { ...rule, deniedStatus: d } : rule;
}

/** The access rule stated in an auth value, if any. */
export function accessOf(value: string): AccessRule | undefined {
  const words = value.slice(0, 400);
  const grant = /\bthe owner or a user the [\w -]+? is shared with \(`([a-z][a-z0-9_-]*)`\)/.exec(words);
  if (grant) return withDenied({ kind: 'owner-or-grant', level: grant[1] as string }, words);
  if (/(?:^|; )the owner only\b/.test(words)) return withDenied({ kind: 'owner' }, words);
  const role = /\brole `([a-z][a-z0-9_-]*)` only\b/.exec(words);
  if (role) return withDenied({ kind: 'role', role: role[1] as string }, words);
  if (/(?:^|; )any signed-in user$/.test(words)) return { kind: 'authenticated' };
  if (/(?:^|; )anyone$/.test(words)) return { kind: 'public' };
  return handWritten(words);
}

function handWritten(words: string): AccessRule | undefined {
  const required = /\brequires? (?:the )?(?:an? )?(?:role|`role`)[ :=]+`?([a-z][a-z0-9_-]*)`?|\brequires? (?:an? |the )?`?([a-z][a-z0-9_-]*)`? role\b/i.exec(words);
  if (required) return withDenied({ kind: 'role', role: ((required[1] ?? required[2]) as string).toLowerCase() }, words);
  const only = new RegExp(`\\b(${ROLE_WORDS})(?: users?)? only\\b|\\bonly (${ROLE_WORDS})\\b`, 'i').exec(words);
  if (only) return withDenied({ kind: 'role', role: 'admin' }, words);
  if (/\bshared (?:users?|with (?:the )?(?:caller|current user|me|them|users?))\b|\bgrantees?\b|\busers? (?:it|the [\w-]+) is shared with\b/i.test(words)) {
    return withDenied({ kind: 'owner-or-grant', level: level(words) }, words);
  }
  if (/\bonly the (?:[\w-]+'s )?owner\b/i.test(words)) return withDenied({ kind: 'owner' }, words);
  if (/\bany (?:authenticated|logged[- ]in|signed[- ]in) user\b/i.test(words)) return { kind: 'authenticated' };
  return undefined;
}

/** The route's auth from the head of a canonical value ("JWT required; ..."). */
export function authHead(value: string): 'jwt' | 'public' | undefined {
  const head = value.split(';')[0] ?? '';
  if (/^public \(no token\)$/.test(head)) return 'public';
  if (/^JWT required$/.test(head)) return 'jwt';
  return undefined;
}

export interface ResourceLine {
  owned: boolean;
  model?: string;
  sharing?: Sharing;
  parent?: ParentScope;
}

/** The resource's ownership line: "Rows are owned by a user: see M. Shared ...: ... Reached through the parent P by c." */
export function readResourceLine(line: string): ResourceLine {
  const cut = line.search(/ (Shared(?: through @specs\/\S+?)?: |Reached through the parent )/);
  const head = cut < 0 ? line : line.slice(0, cut);
  const out: ResourceLine = { owned: !/^Rows are not/.test(head) };
  const ref = /(@specs\/[A-Za-z0-9_\-./*]+?(?:#\S+?)?)\.?$/.exec(head);
  if (ref) out.model = ref[1] as string;
  const rest = cut < 0 ? '' : line.slice(cut);
  const s = /\bShared(?: through (@specs\/\S+?))?: (\w+) names the [\w-]+, (\w+) the user it is shared with, (\w+) the level \(([a-z0-9_ <-]+)\)\./.exec(rest);
  if (s) {
    out.sharing = { rowColumn: s[2] as string, granteeColumn: s[3] as string, levelColumn: s[4] as string, levels: (s[5] as string).split(' < ') };
    if (s[1] !== undefined) out.sharing = { model: s[1], ...out.sharing };
  }
  const p = /\bReached through the parent ([a-z][a-z0-9-]*) by (\w+)\./.exec(rest);
  if (p) out.parent = { resource: p[1] as string, column: p[2] as string };
  return out;
}

/** The README's roles sentence, from its inline text (code spans in backticks). */
export function readRolesSentence(raw: string): Roles | undefined {
  const m = /Roles come from the `(\w+)` claim of the token: ((?:`[a-z][a-z0-9_-]*`(?:, )?)+)\./.exec(raw);
  if (!m) return undefined;
  return { claim: m[1] as string, values: [...(m[2] as string).matchAll(/`([^`]+)`/g)].map((x) => x[1] as string) };
}
