// A token as the scanner finds it: offsets on one line, with its ranges made
// when asked. A workspace holds about a hundred thousand tokens; nine range
// and position objects each would be most of the index's objects and of the
// garbage collector's work while it is built, and few are ever read.
import type { SourcePosition, SourceRange } from '../model';
import type { CodeContext, SpecToken, TokenRoute } from './scanner';

/** `@specs/`. */
const PREFIX_LENGTH = 7;

export class ScannedToken implements SpecToken {
  anchor?: string;
  route?: TokenRoute;
  code: CodeContext = undefined;

  constructor(
    readonly path: string,
    /** The line of the token and the offset where that line starts. */
    private readonly line: number,
    private readonly lineStart: number,
    /** The offset of the `@`; the path follows `@specs/` and the anchor follows the path and `#`, so the rest is derived. */
    private readonly at: number,
  ) {}

  /** The token as written: `@specs/`, the path, and `#anchor` when it has one (nothing else lies between them). */
  get text(): string {
    return this.anchor === undefined ? `@specs/${this.path}` : `@specs/${this.path}#${this.anchor}`;
  }

  get range(): SourceRange {
    return { start: this.position(this.at), end: this.position(this.anchor === undefined ? this.pathEnd : this.pathEnd + 1 + this.anchor.length) };
  }

  get pathRange(): SourceRange {
    return { start: this.position(this.pathStart), end: this.position(this.pathEnd) };
  }

  get anchorRange(): SourceRange | undefined {
    return this.anchor === undefined ? undefined : { start: this.position(this.pathEnd + 1), end: this.position(this.pathEnd + 1 + this.anchor.length) };
  }

  private get pathStart(): number {
    return this.at + PREFIX_LENGTH;
  }

  private get pathEnd(): number {
    return this.pathStart + this.path.length;
  }

  private position(offset: number): SourcePosition {
    return { line: this.line, character: offset - this.lineStart, offset };
  }

  /** The token as plain data, with the same fields a literal token has. */
  toJSON(): SpecToken {
    const plain: SpecToken = { text: this.text, path: this.path, range: this.range, pathRange: this.pathRange, code: this.code };
    if (this.anchor !== undefined) {
      plain.anchor = this.anchor;
      plain.anchorRange = this.anchorRange;
    }
    if (this.route) plain.route = this.route;
    return plain;
  }
}
