// The Review panel's coverage table: one row per route, grouped by resource,
// a column per check (auth, the access rule, what each kind of caller gets,
// the 401/403/404/422 statuses). A real <table>, so screen readers announce
// each cell with its row and column headers; each check cell has an icon in a
// theme colour (its shape says the same, never colour alone) and words for
// screen readers. Cells wrap only between words, so no header or cell is
// narrower than its longest word: the table scrolls sideways instead.
import type { CoverageCheck, CoverageRow } from '../../src/protocol/designerProtocol';
import { el } from '../ui';
import { tagControl } from '../focus';

type Mark = 'ok' | 'gap' | 'none';
const ICONS: Record<Mark, string> = { ok: '✓', gap: '!', none: '–' };

/** A cell's icon (hidden from screen readers) and its visible text, with words for screen readers when the icon says more than the text. */
function markCell(mark: Mark, text: string, spoken: string): HTMLTableCellElement {
  const td = el('td', undefined, `check check-${mark}`);
  const icon = el('span', ICONS[mark], `icon icon-${mark}`);
  icon.setAttribute('aria-hidden', 'true');
  td.append(icon);
  if (text) td.append(' ', el('span', text));
  if (spoken) td.append(el('span', ` ${spoken}`, 'sr-only'));
  return td;
}

const STATUS_CHECKS: Array<{ status: 401 | 403 | 404 | 422; key: 'e401' | 'e403' | 'e404' | 'e422' }> = [
  { status: 401, key: 'e401' },
  { status: 403, key: 'e403' },
  { status: 404, key: 'e404' },
  { status: 422, key: 'e422' },
];

const title = (who: string): string => who.charAt(0).toUpperCase() + who.slice(1);

function statusCell(row: CoverageRow, key: 'e401' | 'e403' | 'e404' | 'e422'): HTMLTableCellElement {
  const listed = row[key];
  const gap = row.gaps.includes(key as CoverageCheck);
  if (listed) return markCell('ok', '', 'listed');
  return gap ? markCell('gap', '', 'missing, a gap') : markCell('none', '', 'not listed');
}

function textCell(text: string, gap: boolean): HTMLTableCellElement {
  return gap ? markCell('gap', text, 'a gap') : markCell('ok', text, '');
}

/** The table of `rows` (only those with gaps when `gapsOnly`), with the caller columns the rows name. */
export function coverageTable(rows: CoverageRow[], gapsOnly: boolean): HTMLElement {
  const callers = [...new Set(rows.flatMap((r) => r.callers.map((c) => c.who)))];
  const headers = ['Route', 'Auth', 'Access', ...callers.map(title), ...STATUS_CHECKS.map((c) => String(c.status))];
  const table = el('table', undefined, 'coverage');
  table.append(el('caption', 'Coverage per route: auth, access rule, the status each caller gets, and the error statuses listed'));
  const head = el('tr');
  for (const h of headers) {
    const th = el('th', h);
    th.scope = 'col';
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  table.append(thead);
  const shown = gapsOnly ? rows.filter((r) => r.gaps.length > 0) : rows;
  for (const resource of [...new Set(shown.map((r) => r.resource))]) {
    const body = el('tbody');
    const groupRow = el('tr', undefined, 'group');
    const group = el('th', resource);
    group.scope = 'rowgroup';
    group.colSpan = headers.length;
    groupRow.append(group);
    body.append(groupRow);
    for (const r of shown.filter((x) => x.resource === resource)) {
      const tr = el('tr', undefined, r.gaps.length > 0 ? 'has-gaps' : undefined);
      const route = el('th', r.route, 'route');
      route.scope = 'row';
      tr.append(route, textCell(r.auth, r.gaps.includes('auth')), textCell(r.access, r.gaps.includes('access')));
      for (const who of callers) tr.append(el('td', r.callers.find((c) => c.who === who)?.gets ?? 'not asked', 'caller'));
      for (const c of STATUS_CHECKS) tr.append(statusCell(r, c.key));
      body.append(tr);
    }
    table.append(body);
  }
  if (shown.length === 0) {
    const body = el('tbody');
    const tr = el('tr');
    const td = el('td', rows.length === 0 ? 'The draft has no routes.' : 'No route has a gap.');
    td.colSpan = headers.length;
    tr.append(td);
    body.append(tr);
    table.append(body);
  }
  // The table scrolls inside its own region, so its header row stays in sight (sticky) and a wide table scrolls sideways.
  const region = el('div', undefined, 'table-region');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', 'Coverage table');
  region.tabIndex = 0;
  tagControl(region, 'Coverage table');
  region.append(table);
  return region;
}
