// The only module that knows the component library: it registers the
// @vscode/webview-ui-toolkit elements and builds every control the steps use,
// so the library can be swapped here without touching the steps. Every
// control gets an accessible name (its label) and a focus key (focus.ts).
import { provideVSCodeDesignSystem, vsCodeButton, vsCodeCheckbox, vsCodeDataGrid, vsCodeDataGridCell, vsCodeDataGridRow, vsCodeDropdown, vsCodeOption, vsCodeTextField } from '@vscode/webview-ui-toolkit';
import { tagControl } from './focus';

provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeCheckbox(), vsCodeDataGrid(), vsCodeDataGridCell(), vsCodeDataGridRow(), vsCodeDropdown(), vsCodeOption(), vsCodeTextField());

type Valued = HTMLElement & { value: string };

/** A labelled text field; `onInput` gets the text as typed. */
export function textField(label: string, value: string, onInput: (value: string) => void): HTMLElement {
  const el = document.createElement('vscode-text-field') as Valued;
  el.textContent = label;
  tagControl(el, label);
  el.setAttribute('value', value);
  el.value = value;
  el.addEventListener('input', () => onInput(el.value));
  return el;
}

/** A labelled dropdown of fixed choices. */
export function dropdown(label: string, value: string, choices: ReadonlyArray<{ value: string; label: string }>, onChange: (value: string) => void): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'dropdown';
  const id = `dd-${Math.random().toString(36).slice(2)}`;
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  const el = document.createElement('vscode-dropdown') as Valued;
  el.id = id;
  el.setAttribute('aria-label', label);
  tagControl(el, label);
  for (const c of choices) {
    const o = document.createElement('vscode-option') as Valued;
    o.setAttribute('value', c.value);
    o.textContent = c.label;
    if (c.value === value) o.setAttribute('selected', '');
    el.append(o);
  }
  el.addEventListener('change', () => onChange(el.value));
  wrap.append(l, el);
  return wrap;
}

/** A labelled checkbox. */
export function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const el = document.createElement('vscode-checkbox') as HTMLElement & { checked: boolean };
  el.textContent = label;
  tagControl(el, label);
  if (checked) el.setAttribute('checked', '');
  el.addEventListener('change', () => onChange(el.checked));
  return el;
}

/** A button; `secondary` for the less important actions; `key` for focus when the label is not unique enough. */
export function button(label: string, onClick: () => void, secondary = false, key = label): HTMLElement {
  const el = document.createElement('vscode-button');
  el.textContent = label;
  tagControl(el, key);
  if (secondary) el.setAttribute('appearance', 'secondary');
  el.addEventListener('click', onClick);
  return el;
}

/** A read-only grid: `columns` in order (key and title), the first one wider. */
export function dataGrid(label: string, columns: ReadonlyArray<{ key: string; title: string }>, rows: Array<Record<string, string>>): HTMLElement {
  const el = document.createElement('vscode-data-grid') as HTMLElement & { rowsData: unknown; columnDefinitions: unknown };
  el.setAttribute('aria-label', label);
  tagControl(el, label);
  el.setAttribute('grid-template-columns', ['3fr', ...columns.slice(1).map(() => '1fr')].join(' '));
  el.columnDefinitions = columns.map((c) => ({ columnDataKey: c.key, title: c.title }));
  el.rowsData = rows;
  return el;
}
