// Property: for any design written in the canonical grammar and any change of
// it, applying planSpecUpdate's plan to the written files and reading them back
// gives exactly the changed design. Changes take their new parts from a second
// generated design.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readApiSpecs } from '../../../src/core/reader';
import { planSpecUpdate, writeApiSpecs } from '../../../src/core/writer';
import { validateDesign, type ApiDesign } from '../../../src/core/model';
import { arbitraryDesign } from '../../support/designArbitrary';
import { applyPlan } from '../../support/updateCheck';

type Change = (d: ApiDesign, donor: ApiDesign, n: number) => void;
const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
const at = <T>(list: T[], n: number): T | undefined => (list.length > 0 ? list[n % list.length] : undefined);

/** Each change edits `d` in place, taking new values from `donor`; `n` picks which element. */
const CHANGES: Record<string, Change> = {
  'remove a route': (d, _, n) => at(d.resources, n)?.routes.splice(n % 7, 1),
  'add a route': (d, donor, n) => {
    const r = at(d.resources, n);
    const route = at(donor.resources.flatMap((x) => x.routes), n);
    if (r && route && !d.resources.some((x) => x.routes.some((y) => key(y) === key(route)))) r.routes.splice(n % (r.routes.length + 1), 0, route);
  },
  'reorder routes': (d, _, n) => {
    const r = at(d.resources, n);
    if (r) r.routes = n % 2 === 0 ? r.routes.reverse() : [...r.routes.slice(1), ...r.routes.slice(0, 1)];
  },
  'change a route': (d, donor, n) => {
    const route = at(d.resources.flatMap((x) => x.routes), n);
    const other = at(donor.resources.flatMap((x) => x.routes), n);
    if (!route || !other) return;
    const { method, path, ...rest } = other;
    void method;
    void path;
    for (const k of ['auth', 'ownership', 'access', 'requestSchema'] as const) delete route[k];
    Object.assign(route, rest);
  },
  'change auth, ownership and errors of a route': (d, _, n) => {
    const route = at(d.resources.flatMap((x) => x.routes), n);
    if (!route) return;
    route.auth = route.auth === 'public' ? 'jwt' : 'public';
    if (route.access !== undefined) route.access = n % 2 === 0 ? { kind: 'owner-or-grant', level: 'edit' } : { kind: 'role', role: 'admin', deniedStatus: 403 };
    else if (n % 3 === 0) delete route.ownership;
    else route.ownership = route.ownership === 'owner' ? 'none' : 'owner';
    route.errors = n % 2 === 0 ? [] : [...route.errors.slice(1).filter((s) => s !== 409), 409];
  },
  'retitle a resource': (d, donor, n) => {
    const r = at(d.resources, n);
    const o = at(donor.resources, n);
    if (!r || !o) return;
    r.title = o.title === r.title ? `${o.title} v2` : o.title;
    if (o.description === undefined || n % 3 === 0) delete r.description;
    else r.description = o.description;
    r.owned = o.owned;
    if (o.model === undefined) delete r.model;
    else r.model = o.model;
  },
  'remove a resource': (d, _, n) => d.resources.length > 0 && d.resources.splice(n % d.resources.length, 1),
  'add a resource': (d, donor, n) => {
    const o = at(donor.resources, n);
    const taken = new Set(d.resources.flatMap((r) => r.routes.map(key)));
    if (o && !d.resources.some((r) => r.name === o.name) && !o.routes.some((x) => taken.has(key(x)))) d.resources.splice(n % (d.resources.length + 1), 0, o);
  },
  'reorder resources': (d) => d.resources.reverse(),
  'remove a schema': (d, _, n) => d.schemas.length > 0 && d.schemas.splice(n % d.schemas.length, 1),
  'change a schema': (d, donor, n) => {
    const s = at(d.schemas, n);
    const o = at(donor.schemas, n);
    if (!s) return;
    s.fields = o?.fields ?? s.fields.slice(1);
    if (o?.description === undefined) delete s.description;
    else s.description = o.description;
  },
  'add a schema': (d, donor, n) => {
    const o = at(donor.schemas, n);
    if (o && !d.schemas.some((s) => s.name === o.name)) d.schemas.splice(n % (d.schemas.length + 1), 0, o);
  },
  'reorder schemas': (d) => d.schemas.reverse(),
  'change the error catalog': (d, donor, n) => {
    d.errors.catalog = n % 2 === 0 ? donor.errors.catalog : d.errors.catalog.slice(1);
    if (n % 3 === 0) d.errors.schema = donor.errors.schema;
  },
  'change the overview': (d, donor, n) => {
    d.title = donor.title;
    d.basePath = donor.basePath;
    if (donor.description === undefined || n % 2 === 0) delete d.description;
    else d.description = donor.description;
    d.auth = donor.auth;
  },
  'replace the whole design': (d, donor) => {
    for (const k of Object.keys(d) as Array<keyof ApiDesign>) delete d[k];
    Object.assign(d, donor);
  },
};

const normal = (d: ApiDesign): ApiDesign => JSON.parse(JSON.stringify(d));

const changedDesign = fc
  .tuple(arbitraryDesign(), arbitraryDesign(), fc.array(fc.tuple(fc.constantFrom(...Object.keys(CHANGES)), fc.nat(20)), { minLength: 1, maxLength: 4 }))
  .map(([before, donor, changes]) => {
    const after = structuredClone(before);
    for (const [name, n] of changes) CHANGES[name]?.(after, structuredClone(donor), n);
    return { before, after, changes: changes.map(([name]) => name) };
  });

describe('partial update, property', function () {
  this.timeout(120000);

  it('applying the plan to written files and reading them back gives the changed design', () => {
    fc.assert(
      fc.property(changedDesign, ({ before, after }) => {
        assert.equal(validateDesign(after).ok, true, 'the change keeps the design valid');
        const files = writeApiSpecs(before).map((f) => ({ path: f.path, text: f.text }));
        const plan = planSpecUpdate(files, after);
        assert.deepEqual(readApiSpecs(applyPlan(files, plan)).design, normal(after));
      }),
      { numRuns: 300, seed: 20261129, endOnFailure: true },
    );
  });

  it('plans nothing when the design is the one the files were written from', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const plan = planSpecUpdate(writeApiSpecs(design), design);
        assert.deepEqual(plan, { edits: [], creates: [], deletes: [] });
      }),
      { numRuns: 100, seed: 11 },
    );
  });
});
