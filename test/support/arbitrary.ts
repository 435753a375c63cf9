/**
 * fast-check arbitraries from a JSON Schema document (the generated bundle): valid values of a
 * definition, and mutations of them. General over the keywords the bundle uses: `$ref`, `type`,
 * `properties` / `required` / `additionalProperties`, `items`, `oneOf` / `anyOf` / `allOf`,
 * `const`, `enum`, `minimum` / `maximum`, `minLength` / `maxLength`; `{}` stands for any JSON value.
 *
 * Recursion is bounded by a depth budget: below it, objects get their required keys only,
 * arrays and maps are empty and unions take their shallowest branches (by a precomputed
 * minimal height), so every recursive type still terminates.
 *
 * Every generated or mutated value is plain JSON: keys such as `__proto__` are always own data
 * properties, as `JSON.parse` makes them (objects are built with `Object.fromEntries` or
 * `JSON.parse`, never by assignment).
 */
import fc from 'fast-check';
import { resolvePointer, type Schema } from './walk.js';

export interface BuildOptions {
  /** Container levels (objects, arrays, maps) generated freely before only the minimum is built. Default 5. */
  readonly depth?: number;
  /** Longest generated array or map. Default 3. */
  readonly maxItems?: number;
  /** Whether open objects sometimes carry a key their schema does not name. Default true. */
  readonly extraKeys?: boolean;
}

/** Keys added to open objects: never one of the JSON-RPC envelope members. */
export const EXTRA_KEYS = ['extra', 'x_unknown', 'zz'] as const;
/** Keys with a meaning to JavaScript's object model. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'] as const;

const ANNOTATIONS = new Set(['description', 'title', '$schema', 'discriminator', 'definitions', '$comment']);

function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The JSON type of a value, with integers told apart from other numbers. */
export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export class SchemaArbitraries {
  private readonly depth: number;
  private readonly maxItems: number;
  private readonly extraKeys: boolean;
  private readonly memo = new Map<Schema, Map<number, fc.Arbitrary<unknown>>>();
  private readonly merged = new WeakMap<Schema, Schema>();
  private readonly heights = new Map<Schema, number>();

  constructor(
    readonly doc: Schema,
    options: BuildOptions = {},
  ) {
    this.depth = options.depth ?? 5;
    this.maxItems = options.maxItems ?? 3;
    this.extraKeys = options.extraKeys ?? true;
  }

  /** The schema of a definition by key: `Thread` or `v2/Thread`. */
  definition(key: string): Schema {
    const s = resolvePointer(this.doc, `#/definitions/${key}`);
    if (!isSchema(s)) throw new Error(`no definition ${key}`);
    return s;
  }

  /** Valid values of a definition (by key) or of any schema inside the document. */
  valid(target: string | Schema): fc.Arbitrary<unknown> {
    return this.build(typeof target === 'string' ? this.definition(target) : target, this.depth);
  }

  // ------------------------------------------------------------------ resolution

  /** Follows `$ref`s and merges `allOf`s until reaching a schema that is neither. */
  resolve(schema: Schema): Schema {
    let s = schema;
    for (let hops = 0; ; hops++) {
      if (hops > 100) throw new Error('reference cycle');
      if (typeof s.$ref === 'string') {
        const next = resolvePointer(this.doc, s.$ref);
        if (!isSchema(next)) throw new Error(`unresolved ${s.$ref}`);
        s = next;
      } else if (Array.isArray(s.allOf)) {
        s = this.mergeAllOf(s);
      } else if ((Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) && this.unionSiblings(s) !== undefined) {
        s = this.distribute(s);
      } else return s;
    }
  }

  /** Keywords next to `oneOf` / `anyOf` that constrain every branch (`type` alone adds nothing: the branches carry it). */
  private unionSiblings(s: Schema): Schema | undefined {
    const { oneOf: _o, anyOf: _a, type: _t, ...rest } = s;
    return Object.keys(rest).some((k) => !ANNOTATIONS.has(k)) ? rest : undefined;
  }

  /** A union with constraining siblings, as a union of branches that each carry them. */
  private distribute(s: Schema): Schema {
    let m = this.merged.get(s);
    if (m === undefined) {
      const kw = Array.isArray(s.oneOf) ? 'oneOf' : 'anyOf';
      const siblings = { ...this.unionSiblings(s), ...(s.type === undefined ? {} : { type: s.type }) };
      const branches = (s[kw] as Schema[]).map((b) => this.intersect([b, siblings])).filter((b): b is Schema => b !== undefined);
      m =
        branches.length === 0
          ? { not: {} }
          : { [kw]: branches, ...(s.discriminator === undefined ? {} : { discriminator: s.discriminator }) };
      this.merged.set(s, m);
    }
    return m;
  }

  private mergeAllOf(s: Schema): Schema {
    let m = this.merged.get(s);
    if (m === undefined) {
      const { allOf, ...rest } = s;
      m = this.intersect([...(allOf as Schema[]), rest]) ?? { not: {} };
      this.merged.set(s, m);
    }
    return m;
  }

  /**
   * One schema for the conjunction of several (what `allOf` means), as far as generation needs:
   * unions are distributed over the other conjuncts and branches that cannot hold are dropped
   * (conflicting `const`s or `type`s); objects merge their properties key by key. Undefined when
   * no value can satisfy them all.
   */
  intersect(schemas: readonly Schema[]): Schema | undefined {
    const parts = schemas.map((p) => this.resolve(p)).filter((p) => Object.keys(p).some((k) => !ANNOTATIONS.has(k)));
    if (parts.length === 0) return {};
    if (parts.length === 1) return parts[0];
    const u = parts.findIndex((p) => Array.isArray(p.oneOf) || Array.isArray(p.anyOf));
    if (u >= 0) {
      const union = parts[u]!;
      const kw = Array.isArray(union.oneOf) ? 'oneOf' : 'anyOf';
      const { oneOf: _o, anyOf: _a, discriminator, ...siblings } = union;
      const others = [...parts.slice(0, u), siblings, ...parts.slice(u + 1)];
      const branches = (union[kw] as Schema[]).map((b) => this.intersect([b, ...others])).filter((b): b is Schema => b !== undefined);
      if (branches.length === 0) return undefined;
      if (branches.length === 1) return branches[0];
      return discriminator === undefined ? { [kw]: branches } : { [kw]: branches, discriminator };
    }
    const out: Schema = {};
    const properties: Record<string, Schema[]> = {};
    const required = new Set<string>();
    for (const p of parts) {
      for (const [k, v] of Object.entries(p)) {
        if (k === 'properties') for (const [name, sub] of Object.entries(v as Record<string, Schema>)) (properties[name] ??= []).push(sub);
        else if (k === 'required') (v as string[]).forEach((r) => required.add(r));
        else if (k === 'const') {
          if ('const' in out && out.const !== v) return undefined;
          out.const = v;
        } else if (k === 'type') {
          const a = out.type,
            b = v;
          if (a !== undefined && a !== b && !((a === 'number' && b === 'integer') || (a === 'integer' && b === 'number'))) return undefined;
          out.type = a === 'integer' || b === 'integer' ? 'integer' : b;
        } else if (k === 'enum') {
          out.enum = Array.isArray(out.enum) ? (out.enum as unknown[]).filter((e) => (v as unknown[]).includes(e)) : v;
        } else if (k === 'additionalProperties') {
          if (out.additionalProperties === undefined || v === false) out.additionalProperties = v;
        } else if (!ANNOTATIONS.has(k)) out[k] = v;
      }
    }
    if ('const' in out && Array.isArray(out.enum) && !(out.enum as unknown[]).includes(out.const)) return undefined;
    if (Array.isArray(out.enum) && (out.enum as unknown[]).length === 0) return undefined;
    if (Object.keys(properties).length > 0) {
      const props: Record<string, Schema> = {};
      for (const [name, subs] of Object.entries(properties)) {
        const m = subs.length === 1 ? subs[0] : this.intersect(subs);
        if (m === undefined) {
          if (required.has(name)) return undefined;
          continue; // the key can only be left out
        }
        props[name] = m;
      }
      out.properties = props;
    }
    if (required.size > 0) out.required = [...required];
    return out;
  }

  // ------------------------------------------------------------------ minimal heights

  /** Smallest container nesting a valid value of `schema` needs (Infinity when none exists). */
  height(schema: Schema): number {
    for (let pass = 0; pass < 200; pass++) {
      const state = { changed: false, visiting: new Set<Schema>(), done: new Set<Schema>() };
      const h = this.heightPass(schema, state);
      if (!state.changed) return h;
    }
    throw new Error('minimal heights do not converge');
  }

  private heightPass(schema: Schema, st: { changed: boolean; visiting: Set<Schema>; done: Set<Schema> }): number {
    const s = this.resolve(schema);
    if (st.visiting.has(s) || st.done.has(s)) return this.heights.get(s) ?? Infinity;
    st.visiting.add(s);
    let h: number;
    if ('const' in s || Array.isArray(s.enum)) h = 0;
    else if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) {
      h = Math.min(...((s.oneOf ?? s.anyOf) as Schema[]).map((b) => this.heightPass(b, st)));
    } else if (s.not !== undefined) h = Infinity;
    else if (s.type === 'object' || (s.type === undefined && isSchema(s.properties))) {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const req = ((s.required ?? []) as string[]).map((k) => (props[k] === undefined ? 0 : this.heightPass(props[k], st)));
      h = 1 + Math.max(0, ...req);
    } else if (s.type === 'array') h = 1;
    else h = 0;
    st.visiting.delete(s);
    st.done.add(s);
    if (this.heights.get(s) !== h) {
      this.heights.set(s, h);
      st.changed = true;
    }
    return h;
  }

  // ------------------------------------------------------------------ generation

  private build(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const s = this.resolve(schema);
    const d = Math.max(0, depth);
    let byDepth = this.memo.get(s);
    if (byDepth === undefined) this.memo.set(s, (byDepth = new Map()));
    let arb = byDepth.get(d);
    if (arb === undefined) {
      arb = this.make(s, d);
      byDepth.set(d, arb);
    }
    return arb;
  }

  private make(s: Schema, depth: number): fc.Arbitrary<unknown> {
    const minimal = depth <= 0;
    if ('const' in s) return fc.constant(s.const);
    if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
    if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) {
      let branches = (s.oneOf ?? s.anyOf) as Schema[];
      if (minimal) {
        const hs = branches.map((b) => this.height(b));
        const least = Math.min(...hs);
        if (least === Infinity) throw new Error('a union without a finite branch');
        branches = branches.filter((_, i) => hs[i] === least);
      }
      return fc.oneof(...branches.map((b) => this.build(b, depth)));
    }
    if (s.not !== undefined) throw new Error('cannot generate values of a `not` schema');
    switch (s.type) {
      case 'object':
        return this.object(s, depth);
      case 'array': {
        const items = isSchema(s.items) ? s.items : {};
        return minimal ? fc.constant(null).map(() => []) : fc.array(this.build(items, depth - 1), { maxLength: this.maxItems });
      }
      case 'string': {
        const min = typeof s.minLength === 'number' ? s.minLength : 0;
        const max = typeof s.maxLength === 'number' ? s.maxLength : Infinity;
        if (min === 0 && max === Infinity) return stringArb;
        if (min > 8) throw new Error(`no generator for strings of at least ${min} characters`);
        // Lengths in code points, as JSON Schema counts them.
        return stringArb.filter((t) => Array.from(t).length >= min && Array.from(t).length <= max);
      }
      case 'integer':
        return integerArb(s.minimum as number | undefined, s.maximum as number | undefined);
      case 'number':
        return numberArb(s.minimum as number | undefined, s.maximum as number | undefined);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case undefined:
        if (isSchema(s.properties)) return this.object(s, depth);
        return minimal ? primitiveArb : anyJson;
      default:
        throw new Error(`unsupported type ${JSON.stringify(s.type)}`);
    }
  }

  private object(s: Schema, depth: number): fc.Arbitrary<unknown> {
    const minimal = depth <= 0;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    const required = new Set((s.required ?? []) as string[]);
    const names = [...new Set([...Object.keys(props), ...required])];
    const fields = names
      .filter((name) => required.has(name) || !minimal)
      .map((name) => {
        const value = this.build(props[name] ?? {}, depth - 1);
        const entry = value.map((v) => [[name, v]] as [string, unknown][]);
        return required.has(name) ? entry : fc.oneof(fc.constant([] as [string, unknown][]), entry);
      });
    const ap = s.additionalProperties;
    let extra: fc.Arbitrary<[string, unknown][]>;
    if (minimal || ap === false) extra = fc.constant([]);
    else if (isSchema(ap)) {
      const key = mapKeyArb.filter((k) => !Object.prototype.hasOwnProperty.call(props, k));
      extra = fc.uniqueArray(fc.tuple(key, this.build(ap, depth - 1)), { maxLength: this.maxItems, selector: ([k]) => k });
    } else if (this.extraKeys) {
      extra = fc.oneof(
        { weight: 4, arbitrary: fc.constant([] as [string, unknown][]) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom(...EXTRA_KEYS.filter((k) => !(k in props))), smallJson)
            .map((e) => [e] as [string, unknown][]),
        },
      );
    } else extra = fc.constant([]);
    return fc.tuple(fc.tuple(...fields), extra).map(([fs, ex]) => Object.fromEntries([...fs.flat(), ...ex]));
  }
}

// ------------------------------------------------------------------ leaves

const stringArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constantFrom('', '__proto__', 'constructor', 'toString', '0', 'null', '\u0000', '\ud800', '😀') },
);

const mapKeyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS, '', 'a/b', '~0', 'extra') },
);

const SAFE = Number.MAX_SAFE_INTEGER;

function integerArb(min: number | undefined, max: number | undefined): fc.Arbitrary<number> {
  const lo = Math.max(min ?? -SAFE, -SAFE);
  const hi = Math.min(max ?? SAFE, SAFE);
  const edges = [lo, hi, 0, 1, -1, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 53].filter((n) => n >= (min ?? -Infinity) && n <= (max ?? Infinity));
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: Math.max(lo, -1000), max: Math.min(hi, 1000) }) },
    { weight: 2, arbitrary: fc.integer({ min: lo, max: hi }) },
    { weight: 1, arbitrary: fc.constantFrom(...edges) },
  );
}

function numberArb(min: number | undefined, max: number | undefined): fc.Arbitrary<number> {
  return fc
    .oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: min ?? -1e308, max: max ?? 1e308 }), fc.integer())
    .filter((n) => (min === undefined || n >= min) && (max === undefined || n <= max));
}

const primitiveArb: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 6 }));
const smallJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: primitiveArb },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
);
const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 });

// ------------------------------------------------------------------ mutations

export type MutationKind =
  'drop-required' | 'change-type' | 'unknown-tag' | 'other-tag' | 'bad-enum' | 'out-of-range' | 'nest' | 'proto-key';
export const MUTATION_KINDS: readonly MutationKind[] = [
  'drop-required',
  'change-type',
  'unknown-tag',
  'other-tag',
  'bad-enum',
  'out-of-range',
  'nest',
  'proto-key',
];

export interface Mutated {
  readonly value: unknown;
  /** What was done where, e.g. `drop-required /params/threadId`. */
  readonly label: string;
}

/** A place in a value, with the schema that applies there when one could be told. */
export interface Site {
  readonly path: readonly string[];
  readonly value: unknown;
  readonly schema: Schema | undefined;
  /** The union (resolved) the value was taken as a branch of, if any. */
  readonly union?: Schema;
}

const pointer = (path: readonly string[]) => path.map((p) => `/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** A fresh copy of a JSON value (own `__proto__` keys stay own data properties). */
export const cloneJson = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** The value at `path` replaced by `next` (or removed, for `undefined`), copying only along the path. */
export function replaceAt(root: unknown, path: readonly string[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(root)) {
    const i = Number(head);
    const copy = root.slice();
    if (next === undefined && rest.length === 0) copy.splice(i, 1);
    else copy[i] = replaceAt(root[i], rest, next);
    return copy;
  }
  const o = root as Record<string, unknown>;
  const entries = Object.entries(o).flatMap(([k, v]): [string, unknown][] => {
    if (k !== head) return [[k, v]];
    if (rest.length === 0) return next === undefined ? [] : [[k, next]];
    return [[k, replaceAt(v, rest, next)]];
  });
  return Object.fromEntries(entries); // CreateDataProperty: `__proto__` stays an own key
}

/** Payloads (JSON text) put under `__proto__` / `constructor` keys. */
export const PROTO_PAYLOADS = [
  '{"polluted":true}',
  '{"prototype":{"polluted":true}}',
  '{"__proto__":{"polluted":true}}',
  '"polluted"',
  'null',
  '1',
  '[]',
] as const;

/** `obj` with an own key `key` holding the JSON text `payload`, made by `JSON.parse` as the wire would. */
export function withOwnKey(obj: object, key: string, payload: string): Record<string, unknown> {
  const body = JSON.stringify(obj);
  const member = `${JSON.stringify(key)}:${payload}`;
  return JSON.parse(body === '{}' ? `{${member}}` : `{${member},${body.slice(1)}`) as Record<string, unknown>;
}

export class Mutations {
  constructor(private readonly arbs: SchemaArbitraries) {}

  /** Every place in `value` with its schema, walking value and schema together. */
  sites(value: unknown, schema: Schema | undefined, path: string[] = [], out: Site[] = []): Site[] {
    const branch = schema === undefined ? undefined : this.branchFor(value, schema);
    const s = branch?.schema;
    out.push({ path, value, schema: s, union: branch?.union });
    if (Array.isArray(value)) {
      const items = s !== undefined && isSchema(s.items) ? s.items : undefined;
      value.forEach((v, i) => this.sites(v, items, [...path, String(i)], out));
    } else if (typeof value === 'object' && value !== null) {
      const props = (s?.properties ?? {}) as Record<string, Schema>;
      for (const [k, v] of Object.entries(value)) {
        const sub = Object.prototype.hasOwnProperty.call(props, k)
          ? props[k]
          : isSchema(s?.additionalProperties)
            ? s.additionalProperties
            : undefined;
        this.sites(v, sub, [...path, k], out);
      }
    }
    return out;
  }

  /** The (resolved) schema that `value` was generated from: unions resolved to the branch it fits. */
  private branchFor(value: unknown, schema: Schema): { schema: Schema; union?: Schema } | undefined {
    let s = this.arbs.resolve(schema);
    let union: Schema | undefined;
    for (let hops = 0; Array.isArray(s.oneOf) || Array.isArray(s.anyOf); hops++) {
      if (hops > 20) return undefined;
      union = s;
      const branches = ((s.oneOf ?? s.anyOf) as Schema[]).map((b) => this.arbs.resolve(b));
      const tag = (s.discriminator as { propertyName?: string } | undefined)?.propertyName;
      const found =
        tag !== undefined && isSchema(value)
          ? branches.find(
              (b) =>
                ((b.properties as Record<string, Schema> | undefined)?.[tag] as Schema | undefined)?.const ===
                (value as Record<string, unknown>)[tag],
            )
          : branches.find((b) => this.roughlyFits(value, b));
      if (found === undefined) return undefined;
      s = found;
    }
    return { schema: s, union };
  }

  private roughlyFits(value: unknown, s: Schema): boolean {
    if ('const' in s) return s.const === value;
    if (Array.isArray(s.enum)) return (s.enum as unknown[]).includes(value);
    if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf))
      return ((s.oneOf ?? s.anyOf) as Schema[]).some((b) => this.roughlyFits(value, this.arbs.resolve(b)));
    const t = jsonType(value);
    switch (s.type) {
      case undefined:
        return !isSchema(s.properties) || t === 'object';
      case 'number':
        return t === 'number' || t === 'integer';
      case 'object': {
        if (t !== 'object') return false;
        const props = (s.properties ?? {}) as Record<string, Schema>;
        const o = value as Record<string, unknown>;
        if (!((s.required ?? []) as string[]).every((k) => Object.prototype.hasOwnProperty.call(o, k))) return false;
        if (s.additionalProperties === false && !Object.keys(o).every((k) => Object.prototype.hasOwnProperty.call(props, k))) return false;
        return true;
      }
      default:
        return s.type === t;
    }
  }

  /** Where in `sites` a mutation of this kind can apply. */
  candidates(kind: MutationKind, all: readonly Site[]): Site[] {
    const own = (o: unknown, k: string) => Object.prototype.hasOwnProperty.call(o, k);
    switch (kind) {
      case 'drop-required':
        return all.filter((s) => isSchema(s.value) && ((s.schema?.required ?? []) as string[]).some((k) => own(s.value, k)));
      case 'unknown-tag':
        // A tag: a string `const` held by a key of an object.
        return all.filter((s) => s.path.length > 0 && typeof s.schema?.const === 'string');
      case 'other-tag':
        return all.filter((s) => s.path.length > 0 && typeof s.schema?.const === 'string' && this.otherTags(s, all).length > 0);
      case 'bad-enum':
        return all.filter((s) => Array.isArray(s.schema?.enum));
      case 'out-of-range':
        return all.filter((s) => s.schema?.type === 'integer' || s.schema?.type === 'number');
      case 'proto-key':
        return all.filter((s) => isSchema(s.value));
      case 'nest':
      case 'change-type':
        return [...all];
    }
  }

  /** The tags of the sibling branches of the union a tag site belongs to. */
  private otherTags(site: Site, all: readonly Site[]): string[] {
    const parentPath = site.path.slice(0, -1);
    const parent = all.find((p) => p.path.length === parentPath.length && parentPath.every((x, i) => x === p.path[i]));
    const union = parent?.union;
    if (union === undefined) return [];
    const key = site.path[site.path.length - 1]!;
    return ((union.oneOf ?? union.anyOf ?? []) as Schema[])
      .map((b) => ((this.arbs.resolve(b).properties as Record<string, Schema> | undefined)?.[key] as Schema | undefined)?.const)
      .filter((c): c is string => typeof c === 'string' && c !== site.value);
  }

  /**
   * Mutations of `value` (valid for `schema`): each draw picks one of the kinds that apply
   * somewhere in the value, a site for it and a variation.
   */
  of(value: unknown, schema: Schema): fc.Arbitrary<Mutated> {
    const sites = this.sites(value, schema);
    const plans = MUTATION_KINDS.map((kind) => ({ kind, sites: this.candidates(kind, sites) })).filter((p) => p.sites.length > 0);
    return fc
      .record({ plan: fc.constantFrom(...plans), site: fc.nat(), pick: fc.nat(), alt: fc.nat() })
      .map(({ plan, site, pick, alt }) => this.apply(value, sites, plan.kind, plan.sites[site % plan.sites.length]!, pick, alt));
  }

  /** One mutation of `root` at `site`; `pick` and `alt` choose among the variations. */
  apply(root: unknown, all: readonly Site[], kind: MutationKind, site: Site, pick: number, alt: number): Mutated {
    const choose = <T>(xs: readonly T[], n: number): T => xs[n % xs.length]!;
    const at = (path: readonly string[], next: unknown, what: string = kind): Mutated => ({
      value: replaceAt(root, path, next),
      label: `${what} ${pointer(path) || '/'}`,
    });
    const v = site.value;
    switch (kind) {
      case 'drop-required': {
        const key = choose(
          (site.schema!.required as string[]).filter((k) => Object.prototype.hasOwnProperty.call(v, k)),
          pick,
        );
        return at([...site.path, key], undefined);
      }
      case 'unknown-tag': {
        const tag = v as string;
        return at(
          site.path,
          choose(
            [
              'no_such_tag',
              '__proto__',
              'constructor',
              'toString',
              'hasOwnProperty',
              '',
              `${tag} `,
              tag.toUpperCase() === tag ? `${tag}x` : tag.toUpperCase(),
              `${tag}/x`,
            ],
            pick,
          ),
        );
      }
      case 'other-tag':
        return at(site.path, choose(this.otherTags(site, all), pick));
      case 'bad-enum':
        return at(site.path, choose(['', 'no_such_value', '__proto__', 'constructor', String(v).toUpperCase(), ` ${String(v)}`], pick));
      case 'out-of-range': {
        const { minimum, maximum, type } = site.schema as { minimum?: number; maximum?: number; type: string };
        const candidates = [
          ...(minimum === undefined ? [] : [minimum - 1, minimum - 0.5]),
          ...(maximum === undefined ? [] : [maximum + 1, maximum + 0.5]),
          ...(type === 'integer' ? [0.5, (v as number) + 0.25, -(2 ** 60)] : [-1e300]),
          1e300,
        ];
        return at(site.path, choose(candidates, pick));
      }
      case 'nest': {
        const key = site.path[site.path.length - 1] ?? 'value';
        // A computed key is an own data property, even `__proto__`.
        return at(
          site.path,
          choose([[v], { x: v }, { [key]: v }, [[v]], { x: { x: v } }, { value: [v] }], pick),
          `nest${choose(['[v]', '{x:v}', '{key:v}', '[[v]]', '{x:{x:v}}', '{value:[v]}'], pick)}`,
        );
      }
      case 'proto-key': {
        const key = choose(PROTO_KEYS, pick);
        const payload = choose([...PROTO_PAYLOADS, JSON.stringify(v)], alt);
        return at(site.path, withOwnKey(v as object, key, payload), `proto-key(${key})`);
      }
      case 'change-type': {
        const t = jsonType(v);
        const pool = [0, -1, 1.5, 2 ** 53, '', 'x', '0', true, false, null, [], {}, [null], { a: 1 }].filter((p) => {
          const pt = jsonType(p);
          return pt !== t && !(t === 'number' && pt === 'integer') && !(t === 'integer' && pt === 'number');
        });
        return at(site.path, cloneJson(choose(pool, pick)));
      }
    }
  }
}
