// `@specs/...` tokens for the x-spec-source extension: where in the markdown
// an operation, tag or schema was written.
import type { Resource, Route } from '../model';
import type { SourceIndex } from '../model';
import { githubSlug } from '../references';
import { normalizeSpecsRoot } from '../settings';


/** Turns read places into `@specs/` tokens; without places, the files the writer would write. */
export class SpecTokens {
  constructor(
    private readonly sources: SourceIndex | undefined,
    private readonly specsRoot: string,
  ) {}

  /** The token of a route's section, e.g. `@specs/api/tasks.md#get-apitaskstask_id`. */
  route(route: Route, resource: Resource): string | undefined {
    const file = this.file(route) ?? this.file(resource) ?? this.writerFile(resource);
    return file === undefined ? undefined : `${file}#${githubSlug(`${route.method} ${route.path}`)}`;
  }

  /** The token of a resource's file, e.g. `@specs/api/tasks.md`. */
  resource(resource: Resource): string | undefined {
    return this.file(resource) ?? this.writerFile(resource);
  }

  /** The token of a schema's section, when the specs it was read from are known. */
  schema(schema: object & { name: string }): string | undefined {
    const file = this.file(schema);
    return file === undefined ? undefined : `${file}#${githubSlug(schema.name)}`;
  }

  private writerFile(resource: Resource): string {
    return `@specs/api/${resource.name}.md`;
  }

  private file(element: object): string | undefined {
    const span = this.sources?.get(element);
    if (span === undefined) return undefined;
    const root = normalizeSpecsRoot(this.specsRoot);
    const prefix = root === '' ? '' : `${root}/`;
    if (!span.file.startsWith(prefix)) return undefined;
    return `@specs/${span.file.slice(prefix.length)}`;
  }
}
