// Canonical words for access rules, sharing and parent scoping. Each phrase
// is deterministic and read back exactly by src/core/reader/access.ts.
import type { PhrasingContent } from 'mdast';
import type { AccessRule, ParentScope, Resource, Roles, Sharing } from '../model';
import { code, text } from './markdown';

/** Words with `code` spans as phrasing nodes, so the backticks are not escaped. */
export function phrasing(words: string): PhrasingContent[] {
  return words.split('`').flatMap((part, i) => (part === '' ? [] : [i % 2 === 1 ? code(part) : text(part)]));
}

/** What a route's rows are called in its access words: `task` for `/api/tasks/{task_id}`. */
export function rowNoun(path: string): string {
  const segs = path.split('/').filter((s) => s !== '');
  for (let i = segs.length - 1; i >= 0; i--) {
    const p = /^\{([A-Za-z][A-Za-z0-9]*)_id\}$/.exec(segs[i] as string);
    if (p) return (p[1] as string).toLowerCase();
  }
  // The last word of the last static segment: `shared-tasks` gives `task`.
  const last = [...segs].reverse().find((s) => !/^[{:]/.test(s))?.split(/[-_.]/).filter((w) => /^[A-Za-z][A-Za-z0-9]*$/.test(w)).pop();
  return last ? last.toLowerCase().replace(/s$/, '') || 'row' : 'row';
}

/** The words after "JWT required; " for an access rule. */
export function accessWords(rule: AccessRule, path: string): string {
  const denied = 'deniedStatus' in rule && rule.deniedStatus !== undefined ? `; others answer ${rule.deniedStatus}` : '';
  switch (rule.kind) {
    case 'owner':
      return `the owner only${denied}`;
    case 'owner-or-grant':
      return `the owner or a user the ${rowNoun(path)} is shared with (\`${rule.level}\`)${denied}`;
    case 'role':
      return `role \`${rule.role}\` only${denied}`;
    case 'authenticated':
      return 'any signed-in user';
    case 'public':
      return 'anyone';
  }
}

function singular(name: string): string {
  return name.replace(/ies$/, 'y').replace(/s$/, '') || name;
}

/** The sentence stating how a resource's rows are shared. */
export function sharingSentence(resource: Resource, sharing: Sharing): string {
  const through = sharing.model ? ` through ${sharing.model}` : '';
  // Plain words: this sentence is on the resource's ownership line, written as one text node.
  return `Shared${through}: ${sharing.rowColumn} names the ${singular(resource.name)}, ${sharing.granteeColumn} the user it is shared with, ${sharing.levelColumn} the level (${sharing.levels.join(' < ')}).`;
}

/** The sentence stating the parent a resource's rows are reached through. */
export function parentSentence(parent: ParentScope): string {
  return `Reached through the parent ${parent.resource} by ${parent.column}.`;
}

/** The README's sentence on roles. */
export function rolesSentence(roles: Roles): string {
  return `Roles come from the \`${roles.claim}\` claim of the token: ${roles.values.map((v) => `\`${v}\``).join(', ')}.`;
}
