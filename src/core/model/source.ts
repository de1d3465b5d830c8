// Where a model element came from in the markdown. The model itself stays
// plain data (it round-trips through the writer and the reader); the reader
// returns the places beside it, keyed by the model objects it created.

/** A position: 0-based line and character (UTF-16), and the 0-based offset in the text. */
export interface SourcePosition {
  line: number;
  character: number;
  offset: number;
}

export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
}

/** The place of one model element: its file (relative to the workspace folder), its whole range, and named parts. */
export interface SourceSpan {
  file: string;
  range: SourceRange;
  /** Sub-ranges by name, e.g. `heading`, `purpose`, `auth`, `errors`, `responses`, `params`, `request`. */
  parts: Record<string, SourceRange>;
}

/** Model element (route, resource, schema, field, parameter...) to where it was read from. */
export type SourceIndex = Map<object, SourceSpan>;
