// Reads one markdown file: route sections in the canonical grammar and in the
// common hand-written styles, schemas, and (in the README and errors file)
// the design-wide parts. Whatever it cannot place goes to `unplaced`. The
// labelled lines inside a route are read by routeLabels.ts.
import type { Nodes, RootContent, Table } from 'mdast';
import type { Field, Resource, Route, Schema, SourceRange, SourceSpan } from '../model';
import { LineMap } from '../references';
import { inlineText, nestedFences, offsets, parseMarkdown, plainText, type NestedFence } from './markdown';
import { linesOf, matchLabel, matchRoute, type Line } from './lines';
import { readLabelLine, readParamLine, readStatusLine, type OpenRoute, type RouteContext } from './routeLabels';
import { fieldColumns, fieldOf, readTable } from './tables';
import { readOverviewSection } from './overview';
import { applyScope, headingStatement, isolationOf, statementOf, type ScopeStatement, type SectionMark } from './scope';
import { ownershipOf, ownershipPhrase } from './routeLabels';
import { readResourceLine } from './access';
import type { FileRead } from './types';
import { addInlineFields, describeRequestInWords, describeResponseInWords, readInlineBody } from './inlineBody';


/** Reads one API spec file. Never throws: any failure becomes an unplaced note for the whole file. */
export function readApiFile(file: string, text: string): FileRead {
  const name = (/([^/]+?)(\.md)?$/i.exec(file)?.[1] ?? 'api').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '') || 'api';
  const read: FileRead = {
    file,
    resource: { name, title: name.charAt(0).toUpperCase() + name.slice(1), owned: false, routes: [] },
    schemas: [],
    summaryRoutes: [],
    inline: new Map(),
    impliedOwnership: new Map(),
    overview: { resourceOrder: [] },
    sources: new Map(),
    unplaced: [],
  };
  const lines = new LineMap(text);
  try {
    new FileReader(read, text, lines).run();
  } catch (err) {
    read.unplaced.push({ file, range: lines.range(0, text.length), reason: `The reader failed on this file (${String(err)}); nothing was taken from it.` });
  }
  return read;
}

class FileReader implements RouteContext {
  open: OpenRoute | undefined;
  section: { kind: 'intro' | 'schemas' | 'overview' | 'other'; depth: number; title: string } = { kind: 'intro', depth: 0, title: '' };
  private schema: { schema: Schema; span: SourceSpan; depth: number } | undefined;
  pendingHeading: { text: string; start: number; textStart: number } | undefined;
  pendingMethod: { method: string; start: number } | undefined;
  private statements: ScopeStatement[] = [];
  private ownershipHints = new Map<Route, SourceRange>();
  private sections: SectionMark[] = [];
  private readonly overviewFile: boolean;

  constructor(private readonly read: FileRead, private readonly text: string, private readonly lines: LineMap) {
    this.overviewFile = /(^|\/)(readme|index|overview|errors)\.md$/i.test(read.file);
  }

  run(): void {
    const root = parseMarkdown(this.text);
    for (const node of root.children) this.block(node);
    this.closeRoute(this.text.length);
    this.closeSchema();
    // A route with an auth line of its own says its ownership there (the canonical grammar always does): neither a phrase
    // in its prose nor a file-wide statement gives it one. (A hand-written "**Authentication**: Required" counts too: an
    // edit of a description that holds the file's statement must not change such a route's rule.)
    const labelled = new Set([...this.read.resource.routes, ...this.read.summaryRoutes].filter((r) => this.read.sources.get(r)?.parts.auth !== undefined));
    for (const [route, at] of this.ownershipHints) {
      const span = this.read.sources.get(route);
      if (route.ownership === undefined && labelled.has(route)) this.read.impliedOwnership.set(route, at);
      if (route.ownership !== undefined || labelled.has(route) || !span) continue;
      route.ownership = 'owner';
      span.parts.ownership = at;
    }
    applyScope(this.read, this.lines, this.statements, this.sections, this.text.length, labelled);
  }

  range(a: number, b: number): SourceRange {
    return this.lines.range(a, b);
  }

  private unplaced(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, reason: string): void {
    const a = node.position?.start.offset ?? 0;
    const b = node.position?.end.offset ?? a;
    this.read.unplaced.push({ file: this.read.file, range: this.range(a, b), reason });
  }

  private block(node: RootContent): void {
    if (node.type === 'heading') return this.heading(node);
    if (node.type === 'table') return this.table(node);
    if (node.type === 'code') return this.code(node);
    if (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote') return this.prose(node);
    if (node.type === 'definition' || node.type === 'thematicBreak') return;
    this.unplaced(node, `A ${node.type} block is kept as written; the model has no place for it.`);
  }

  private heading(node: Extract<RootContent, { type: 'heading' }>): void {
    const [a, b] = offsets(node);
    const value = plainText(node).trim();
    const route = matchRoute(value);
    if (!route) {
      this.sections.push({ depth: node.depth, start: a, title: value });
      const stated = headingStatement(value, a, b, node.depth);
      if (stated) this.statements.push(stated);
    }
    if (route) {
      this.closeRoute(a);
      this.closeSchema(a);
      const raw = this.text.slice(a, b);
      this.startRoute(route.method, route.path, a, b, node.depth);
      if (route.summary) {
        const i = raw.lastIndexOf(route.summary.text);
        this.setPurpose(route.summary.text, i >= 0 ? a + i : a, i >= 0 ? a + i + route.summary.text.length : b);
        if (this.open) this.open.purposeFromHeading = true;
      }
      return;
    }
    if (this.open && node.depth > this.open.depth) {
      // A sub-heading inside a route: `#### Response (200 OK)`, `#### Request Body`.
      readLabelLine(this, { text: `**${value}**:`, start: a, end: b }, true);
      return;
    }
    this.closeRoute(a);
    if (this.schema && node.depth <= this.schema.depth) this.closeSchema(a);
    if (node.depth === 1 && this.read.title === undefined) {
      this.read.title = value;
      this.section = { kind: 'intro', depth: 1, title: '' };
      return;
    }
    if (this.section.kind === 'schemas' && node.depth > this.section.depth) {
      const m = /^`?([A-Z][A-Za-z0-9]*)`?$/.exec(value);
      if (m) {
        const schema: Schema = { name: m[1] as string, fields: [] };
        this.schema = { schema, depth: node.depth, span: { file: this.read.file, range: this.range(a, b), parts: { heading: this.range(a, b) } } };
        this.read.schemas.push(schema);
        this.read.sources.set(schema, this.schema.span);
        return;
      }
    }
    if (/^(schemas?|models?|data models?|request\/response schemas|types)$/i.test(value)) {
      this.section = { kind: 'schemas', depth: node.depth, title: value };
      return;
    }
    this.section = { kind: /^(authentication|auth|errors?|error schema|status codes|resources|routes|endpoints)$/i.test(value) ? 'overview' : 'other', depth: node.depth, title: value.toLowerCase() };
    this.pendingHeading = { text: value, start: a, textStart: a + Math.max(0, this.text.slice(a, b).indexOf(value)) };
  }

  startRoute(method: string, path: string, a: number, b: number, depth: number): void {
    const route: Route = { method: method as Route['method'], path, purpose: '', params: [], responses: [], errors: [] };
    const span: SourceSpan = { file: this.read.file, range: this.range(a, b), parts: { heading: this.range(a, b) } };
    this.open = { route, span, depth, mode: 'none', purposeFromHeading: false };
    this.read.resource.routes.push(route);
    this.read.sources.set(route, span);
    this.pendingMethod = undefined;
  }

  /** The start of `at`'s line when only list or quote markers precede it there, so a block closed at the next item ends before that item's marker. */
  private beforeMarkers(at: number): number {
    const lineStart = this.text.lastIndexOf('\n', at - 1) + 1;
    return /^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?$/.test(this.text.slice(lineStart, at)) ? lineStart : at;
  }

  closeRoute(at: number): void {
    const open = this.open;
    if (!open) return;
    let end = this.beforeMarkers(at);
    while (end > open.span.range.start.offset && /\s/.test(this.text[end - 1] ?? '')) end--;
    open.span.range = this.range(open.span.range.start.offset, end);
    this.open = undefined;
  }

  private closeSchema(at = this.text.length): void {
    const open = this.schema;
    if (!open) return;
    let end = this.beforeMarkers(at);
    while (end > open.span.range.start.offset && /\s/.test(this.text[end - 1] ?? '')) end--;
    open.span.range = this.range(open.span.range.start.offset, end);
    this.schema = undefined;
  }

  extend(part: string, a: number, b: number): void {
    const parts = this.open?.span.parts;
    if (!parts) return;
    const prev = parts[part];
    parts[part] = prev ? this.range(Math.min(prev.start.offset, a), Math.max(prev.end.offset, b)) : this.range(a, b);
  }

  addInline(fields: Array<{ field: Field; range: SourceRange }>): void {
    if (this.open) addInlineFields(this.read, this.open, fields);
  }

  requestInWords(): void {
    if (this.open) describeRequestInWords(this.read, this.open.route);
  }

  responseInWords(): void {
    if (this.open) describeResponseInWords(this.read, this.open.route);
  }

  setPurpose(value: string, a: number, b: number): void {
    if (!this.open) return;
    this.open.route.purpose = value;
    this.open.span.parts.purpose = this.range(a, b);
  }

  private table(node: Table): void {
    if (!this.open && !this.schema) this.tableStatements(node);
    const fieldsBefore = this.schema?.schema.fields.length ?? 0;
    const handled = readTable(node, this.text, {
      read: this.read,
      route: this.open?.route,
      schema: this.schema?.schema,
      section: this.section.kind === 'overview' ? this.section.title : undefined,
      mode: this.open?.mode ?? 'none',
      range: (a, b) => this.range(a, b),
    });
    if (handled === 'request' && this.open && this.open.route.requestSchema === undefined && this.inlineTable(node)) {
      // An inline field table is the route's request body.
    } else if (handled === 'request' && this.open && this.open.route.requestSchema === undefined) {
      this.unplaced(node, `Request fields of ${this.open.route.method} ${this.open.route.path} kept as written: name the request schema on a **Request:** line to place them.`);
    }
    if (this.schema && !this.open && this.schema.schema.fields.length > fieldsBefore) {
      // Where the schema's field table is, so a partial update can edit its rows; a second table widens it (and the update then rewrites the section).
      const [a, b] = offsets(node);
      const prev = this.schema.span.parts.fields;
      this.schema.span.parts.fields = this.range(prev ? prev.start.offset : a, b);
    }
    if (handled && this.open) {
      const [a, b] = offsets(node);
      this.extend(handled, a, b);
    } else if (handled === undefined) {
      this.unplaced(node, 'A table whose columns name no route, parameter, field or status; kept as written.');
    }
  }

  /** The rows of a field table under a body label, as that body's fields. */
  private inlineTable(node: Table): boolean {
    if (!this.open) return false;
    const [head, ...body] = node.children;
    const cols = head && fieldColumns(head.children.map((c) => plainText(c).trim().toLowerCase()));
    if (!cols) return false;
    const fields = body.flatMap((r) => {
      const field = fieldOf(r.children.map((c) => plainText(c).trim()), cols);
      const [x, y] = offsets(r);
      return field ? [{ field, range: this.range(x, y) }] : [];
    });
    return addInlineFields(this.read, this.open, fields);
  }

  private code(node: Extract<RootContent, { type: 'code' }>): void {
    const [a, b] = offsets(node);
    const value = node.value.length < 200_000 ? node.value : '';
    if (this.open) {
      // A headers block with a bearer token, or a query scoped to the user, says what the route's labels do not.
      const route = this.open.route;
      if (route.auth === undefined && /^\s*Authorization\s*:\s*Bearer\b/im.test(value)) {
        route.auth = 'jwt';
        this.open.span.parts.auth = this.range(a, b);
      }
      if (route.ownership === undefined && ownershipOf(value.slice(0, 4000)) === 'owner' && /\bwhere\b/i.test(value)) {
        route.ownership = 'owner';
        this.open.span.parts.ownership = this.range(a, b);
      }
    } else if (/^(authentication|auth|authorization|security)\b/.test(this.section.title) && /^\s*Authorization\s*:\s*Bearer\b/im.test(value)) {
      this.statements.push({ kind: 'jwt', start: a, end: b, patterns: [], exceptsAuthRoutes: false });
    }
    // An ```http block is an example request, never a route.
    const example = /^http$/i.test(node.lang ?? '');
    const rows = value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const found = example ? [] : rows.map((l) => matchRoute(l)).filter((r) => r !== undefined);
    if (found.length === 1 && rows.length === 1) {
      // A fence holding one route line is that route's heading; its labels and errors follow below it.
      const r = found[0] as NonNullable<(typeof found)[number]>;
      this.closeRoute(a);
      this.closeSchema(a);
      const heading = this.pendingHeading;
      this.startRoute(r.method, r.path, heading ? heading.start : a, b, this.section.depth + 1);
      if (this.open) this.open.span.parts.heading = this.range(a, b);
      if (r.summary) this.setPurpose(r.summary.text, a, b);
      else if (heading) {
        this.setPurpose(heading.text, heading.textStart, heading.textStart + heading.text.length);
        if (this.open) this.open.purposeFromHeading = true;
      }
      this.pendingHeading = undefined;
      return;
    }
    // A plain fence of routes each followed by `- Errors: ...` lines is the routes' text, written in a fence.
    if (found.length > 0 && (node.lang ?? '') === '' && rows.some((l) => matchLabel(l.replace(/^[-*+]\s+/, '')) !== undefined)) {
      const first = this.text.indexOf('\n', a) + 1;
      const last = this.text.lastIndexOf('\n', b - 1);
      if (first > 0 && last >= first) {
        this.prose(node, [first, last]);
        return;
      }
    }
    if (found.length > 0) {
      this.closeRoute(a);
      for (const r of found) {
        const route: Route = { method: r.method, path: r.path, purpose: r.summary?.text ?? '', params: [], responses: [], errors: [] };
        this.read.summaryRoutes.push(route);
        this.read.sources.set(route, { file: this.read.file, range: this.range(a, b), parts: {} });
      }
      return;
    }
    if (this.open && readInlineBody(this.open, value, a, b, this.text, (x, y) => this.range(x, y), this.read)) return;
    if (this.section.title === 'error schema') return;
    this.unplaced(node, this.open ? `An example kept as written: the model has no place for examples of ${this.open.route.method} ${this.open.route.path}.` : 'A code block kept as written; the model has no place for it.');
  }

  /** Paragraphs, lists and quotes, read line by line. */
  private prose(node: Nodes, within?: [number, number]): void {
    // A fence read as route text (`within`: its lines between the markers) is read like a list.
    const [a, b] = within ?? offsets(node);
    const kind = within ? 'list' : node.type;
    if (!within && !this.open && this.overviewFile && readOverviewSection(this.read, this.section.title, node, this.text)) return;
    const all = linesOf(this.text, a, b);
    const leftovers: Line[] = [];
    let plain: Line[] = [];
    const flushPlain = () => {
      if (plain.length === 0) return;
      const first = plain[0] as Line;
      const last = plain[plain.length - 1] as Line;
      if (this.open && this.open.route.purpose === '' || (this.open?.purposeFromHeading && this.open.mode === 'none')) {
        if (this.open && this.open.mode === 'none' && !this.open.span.parts.request && !this.open.span.parts.responses) {
          this.setPurpose(kind === 'paragraph' && plain.length === all.length ? inlineText(node, this.text) : plain.map((l) => l.text).join(' '), first.start, last.end);
          this.open.purposeFromHeading = false;
          plain = [];
          return;
        }
      }
      if (this.schema && !this.open) {
        const joined = kind === 'paragraph' && plain.length === all.length ? inlineText(node, this.text) : plain.map((l) => l.text).join(' ');
        // Only the first prose before the field table describes the schema: a note after it is kept as written, not taken for the description.
        const described = this.schema.span.parts.description !== undefined || this.schema.span.parts.fields !== undefined;
        if (described && joined !== 'No fields.') {
          leftovers.push(...plain);
          plain = [];
          return;
        }
        const based = /^(.*?)\s*Based on (@specs\/\S+?)\.$/.exec(joined);
        const description = based ? (based[1] as string) : joined;
        if (based) this.schema.schema.basedOn = based[2] as string;
        if (description !== '' && description !== 'No fields.') this.schema.schema.description = description;
        this.schema.span.parts.description = this.range(first.start, last.end);
        plain = [];
        return;
      }
      leftovers.push(...plain);
      plain = [];
    };
    // Fences inside list items (`- **Response 200**:` then an indented ```json block) are the bodies their labels open.
    const fences = kind === 'paragraph' || within ? [] : nestedFences(node);
    let fence = 0;
    let skipTo = -1;
    for (const line of all) {
      if (line.start < skipTo) continue;
      while (fence < fences.length && (fences[fence] as NestedFence).b <= line.start) fence++;
      const f = fences[fence];
      if (f && this.open && line.start >= f.a && !/^http$/i.test(f.lang) && readInlineBody(this.open, f.value, f.a, f.b, this.text, (x, y) => this.range(x, y), this.read)) {
        flushPlain();
        this.extend(this.open.lastBody === 'request' ? 'request' : 'responses', f.a, f.b);
        skipTo = f.b;
        continue;
      }
      if (this.fileLevel(line)) continue;
      const route = matchRoute(line.text);
      if (route) {
        flushPlain();
        this.closeRoute(line.start);
        const from = this.pendingHeading && kind !== 'list' ? this.pendingHeading.start : line.start;
        this.startRoute(route.method, route.path, from, line.end, this.section.depth + 1);
        if (this.open) this.open.span.parts.heading = this.range(line.start, line.end);
        if (route.summary) this.setPurpose(route.summary.text, line.start + route.summary.index, line.end);
        else if (this.pendingHeading && kind !== 'list') {
          this.setPurpose(this.pendingHeading.text, this.pendingHeading.textStart, this.pendingHeading.textStart + this.pendingHeading.text.length);
          if (this.open) this.open.purposeFromHeading = true;
        }
        this.pendingHeading = undefined;
        continue;
      }
      // The prose before a label is read first: it is the purpose when nothing else came before it.
      if (matchLabel(line.text)) flushPlain();
      if (readLabelLine(this, line, false)) {
        flushPlain();
        continue;
      }
      if (this.open && kind === 'list' && readParamLine(this, line)) {
        flushPlain();
        continue;
      }
      if (this.open && readStatusLine(this, line, kind === 'list')) {
        flushPlain();
        continue;
      }
      plain.push(line);
    }
    flushPlain();
    if (leftovers.length > 0) {
      const first = leftovers[0] as Line;
      const last = leftovers[leftovers.length - 1] as Line;
      const where = this.open ? `in ${this.open.route.method} ${this.open.route.path}` : 'outside any route';
      if (!this.open && this.section.kind === 'intro' && !this.read.resource.routes.length && this.read.resource.description === undefined && kind === 'paragraph') {
        this.read.resource.description = leftovers.length === all.length ? inlineText(node, this.text) : leftovers.map((l) => l.text).join(' ');
        return;
      }
      this.read.unplaced.push({ file: this.read.file, range: this.range(first.start, last.end), reason: `Prose ${where} kept as written; the model has no place for it.` });
    }
  }

  /** A row of a table outside any route ("| User isolation | every endpoint filters by user_id from the JWT |") can state isolation for the file. */
  private tableStatements(node: Table): void {
    const [a, b] = offsets(node);
    let at = a;
    for (const row of this.text.slice(a, b).split('\n')) {
      const isolation = isolationOf(row, at, at + row.length);
      if (isolation) this.statements.push(isolation);
      at += row.length + 1;
    }
  }

  /** File-wide statements: "All endpoints require JWT", resource ownership lines. */
  private fileLevel(line: Line): boolean {
    if (this.open) {
      // Inside a route, an ownership phrase in its prose is the route's rule.
      // (Applied at the end, and only to routes without an auth line of their own: the canonical grammar says it there.)
      if (!this.ownershipHints.has(this.open.route) && ownershipPhrase(line.text.slice(0, 600)) && ownershipOf(line.text.slice(0, 600)) === 'owner') this.ownershipHints.set(this.open.route, this.range(line.start, line.end));
      return false;
    }
    // Statements for many routes are noted, and the line stays what it was (a description, kept text).
    if (!this.schema && !/^Rows are (not )?owned by a user/.test(line.text)) {
      const stated = statementOf(line.text, line.start, line.end, this.section.title);
      const isolation = isolationOf(line.text, line.start, line.end);
      if (isolation) this.statements.push(isolation);
      if (stated) {
        // An auth statement is the routes' auth, not the resource's description (an edit of the description must not drop it).
        this.statements.push(stated);
        return true;
      }
    }
    if (!this.open && /^Rows are (not )?owned by a user/.test(line.text)) {
      const res = this.read.resource;
      const said = readResourceLine(line.text);
      res.owned = said.owned;
      if (said.model !== undefined) res.model = said.model;
      if (said.sharing) res.sharing = said.sharing;
      if (said.parent) res.parent = said.parent;
      this.read.sources.set(res, this.read.sources.get(res) ?? { file: this.read.file, range: this.range(line.start, line.end), parts: {} });
      const span = this.read.sources.get(res);
      if (span) span.parts.ownership = this.range(line.start, line.end);
      return true;
    }
    if (!this.open && /^Auth: @specs\//.test(line.text)) return true;
    return false;
  }
}

export type { Resource };
