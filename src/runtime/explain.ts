/**
 * The explainer: says why a value fails its schema, as one issue per failing JSON pointer. It
 * reads the schema data the generator writes next to the fast checks (the bundle's definitions
 * without annotations), for the keywords the bundle uses.
 *
 * It runs only on a value whose fast check failed, and it decides: a value it finds no issue in
 * is valid (the fast checks give up on some deep values rather than recurse without bound).
 * Its cost is linear in the value: no recursion (an explicit stack, with arrays and objects
 * walked by one iterator each), every union resolved by its tag, by the JSON type of the value
 * or by a key only one branch requires (trying branches only where neither tells them apart),
 * and issues collected up to a limit, the rest only counted.
 */
import { describe, type Issue, type IssueKind } from './errors.js';
import { escapePointer } from './limits.js';

type Schema = { readonly [key: string]: unknown } | boolean;
type Obj = { readonly [key: string]: unknown };

export interface SchemaData {
  readonly definitions: Obj;
  /** Schemas of check ids that are no definition (`events/<type>`). */
  readonly checks: Readonly<Record<string, Obj>>;
}

export interface Explanation {
  /** The first issues found, in document order. */
  readonly issues: Issue[];
  /** How many more issues there were. */
  readonly omitted: number;
}

/** Issues reported per value by default; the rest are counted. */
export const MAX_ISSUES = 100;
/** Longest JSON pointer reported; a longer one is cut and ends in `...`. */
const MAX_PATH = 200;
const LISTED = 8;

/** A path, built as a chain and written out only for an issue that is reported. */
interface Path {
  readonly parent: Path | null;
  readonly key: string | number;
}

function pointer(prefix: string, path: Path | null): string {
  const parts: string[] = [];
  let length = prefix.length;
  for (let p = path; p !== null; p = p.parent)
    parts.push(typeof p.key === 'number' ? String(p.key) : escapePointer(p.key.length > 60 ? `${p.key.slice(0, 60)}...` : p.key));
  let out = prefix;
  for (let i = parts.length - 1; i >= 0; i--) {
    length += parts[i]!.length + 1;
    if (length > MAX_PATH) return `${out}/...`;
    out += `/${parts[i]}`;
  }
  return out;
}

type Task =
  | { readonly kind: 'check'; readonly schema: Schema; readonly value: unknown; readonly path: Path | null }
  | { readonly kind: 'items'; readonly schema: Schema; readonly array: readonly unknown[]; index: number; readonly path: Path | null }
  | {
      readonly kind: 'props';
      readonly schema: Obj;
      readonly object: Obj;
      readonly keys: string[];
      index: number;
      readonly path: Path | null;
    };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (values: readonly unknown[]) =>
  `${values
    .slice(0, LISTED)
    .map((v) => JSON.stringify(v))
    .join(', ')}${values.length > LISTED ? ', ...' : ''}`;

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : Number.isFinite(v) ? 'number' : 'non-finite number';
  return typeof v;
}

function typeMatches(type: unknown, v: unknown): boolean {
  if (Array.isArray(type)) return type.some((t) => typeMatches(t, v));
  switch (type) {
    case 'object':
      return isObj(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    default:
      return false;
  }
}

/** Reports one issue (found: the value there, or NOTHING for a missing one); returns false to stop the walk. */
type Report = (path: Path | null, kind: IssueKind, expected: string, found: unknown) => boolean;

/** How a union is told apart, worked out once per union schema. */
interface Selector {
  /** Discriminated: tag property and branch by tag value. */
  readonly tag?: string;
  readonly byTag?: ReadonlyMap<string, Schema>;
  readonly branches: readonly Schema[];
  readonly exactlyOne: boolean;
  /** When every branch that admits objects is closed and requires a key no other branch declares: that key, by branch. */
  readonly keys?: ReadonlyMap<Schema, string>;
}

export class Explainer {
  private readonly selectors = new WeakMap<object, Selector>();

  constructor(private readonly data: SchemaData) {}

  /** The schema of a check id (a definition key or an extra id); undefined when unknown. */
  schemaOf(id: string): Schema | undefined {
    if (Object.prototype.hasOwnProperty.call(this.data.checks, id)) return this.data.checks[id];
    return this.resolve(`#/definitions/${id}`);
  }

  /** Why `value` (found at `prefix` in the message) fails the schema of check id `id`; no issues: it is valid. */
  explain(id: string, value: unknown, prefix = '', max = MAX_ISSUES): Explanation {
    const schema = this.schemaOf(id);
    if (schema === undefined) return { issues: [{ path: prefix, expected: `a value of the unknown type ${id}` }], omitted: 0 };
    const issues: Issue[] = [];
    let omitted = 0;
    this.run(schema, value, (path, kind, expected, found) => {
      if (issues.length < max) {
        const issue: Issue = { path: pointer(prefix, path), kind, expected };
        issues.push(found === NOTHING ? issue : { ...issue, found: describe(found) });
      } else omitted++;
      return true;
    });
    return { issues, omitted };
  }

  /** Whether `value` matches `schema`: the same walk, stopping at the first issue. */
  accepts(schema: Schema, value: unknown): boolean {
    let ok = true;
    this.run(schema, value, () => (ok = false));
    return ok;
  }

  private readonly resolved = new Map<string, Schema | undefined>();

  /** The schema a `#/definitions/...` reference names (looked up once per reference). */
  private resolve(ref: string): Schema | undefined {
    if (this.resolved.has(ref)) return this.resolved.get(ref);
    let found: Schema | undefined;
    if (ref.startsWith('#/definitions/')) {
      let node: unknown = this.data.definitions;
      for (const part of ref.slice('#/definitions/'.length).split('/')) {
        node = isObj(node) && Object.prototype.hasOwnProperty.call(node, part) ? node[part] : undefined;
      }
      found = isObj(node) || typeof node === 'boolean' ? (node as Schema) : undefined;
    }
    this.resolved.set(ref, found);
    return found;
  }

  private deref(schema: Schema): Schema {
    let s = schema;
    for (let hops = 0; isObj(s) && typeof s.$ref === 'string' && hops < 32; hops++) s = this.resolve(s.$ref) ?? false;
    return s;
  }

  /**
   * Walks `value` against `schema`, calling `report` for each issue (found: the value there, or
   * NOTHING for a missing one); `report` returns false to stop the walk.
   */
  private run(schema: Schema, value: unknown, report: Report): void {
    const stack: Task[] = [{ kind: 'check', schema, value, path: null }];
    while (stack.length > 0) {
      const task = stack[stack.length - 1]!;
      if (task.kind === 'items') {
        if (task.index >= task.array.length) stack.pop();
        else {
          const i = task.index++;
          stack.push({ kind: 'check', schema: task.schema, value: task.array[i], path: { parent: task.path, key: i } });
        }
        continue;
      }
      if (task.kind === 'props') {
        if (task.index >= task.keys.length) {
          stack.pop();
          continue;
        }
        const key = task.keys[task.index++]!;
        const props = isObj(task.schema.properties) ? task.schema.properties : {};
        const own = Object.prototype.hasOwnProperty.call(props, key);
        const sub = own ? (props[key] as Schema) : (task.schema.additionalProperties as Schema | undefined);
        const v = task.object[key];
        if (own && v === undefined) continue;
        if (!own && sub === false) {
          if (!report({ parent: task.path, key }, 'extra', 'no such key', NOTHING)) return;
          continue;
        }
        if (sub !== undefined && sub !== true) stack.push({ kind: 'check', schema: sub, value: v, path: { parent: task.path, key } });
        continue;
      }
      stack.pop();
      if (!this.step(task.schema, task.value, task.path, stack, report)) return;
    }
  }

  /** One schema on one value: reports what fails here, pushes what is to be checked below. False: stop. */
  private step(schema: Schema, v: unknown, path: Path | null, stack: Task[], report: Report): boolean {
    if (schema === true) return true;
    if (schema === false) return report(path, 'type', 'nothing (no value is allowed here)', v);
    if (typeof schema.$ref === 'string') {
      const target = this.resolve(schema.$ref);
      if (target === undefined) return report(path, 'type', `a value of the unknown type ${schema.$ref}`, v);
      stack.push({ kind: 'check', schema: target, value: v, path });
      return true;
    }
    if (schema.type !== undefined && !typeMatches(schema.type, v))
      return report(path, v === undefined ? 'required' : 'type', this.expected(schema), v === undefined ? NOTHING : v);
    if (schema.const !== undefined && v !== schema.const) return report(path, 'value', JSON.stringify(schema.const), v);
    if (Array.isArray(schema.enum) && !schema.enum.includes(v)) return report(path, 'value', `one of ${list(schema.enum)}`, v);
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum && !report(path, 'range', `a number >= ${schema.minimum}`, v))
        return false;
      if (typeof schema.maximum === 'number' && v > schema.maximum && !report(path, 'range', `a number <= ${schema.maximum}`, v))
        return false;
    }
    if (typeof v === 'string' && (typeof schema.minLength === 'number' || typeof schema.maxLength === 'number')) {
      const length = codePoints(v);
      if (
        typeof schema.minLength === 'number' &&
        length < schema.minLength &&
        !report(path, 'range', schema.minLength === 1 ? 'a non-empty string' : `a string of at least ${schema.minLength} characters`, v)
      )
        return false;
      if (
        typeof schema.maxLength === 'number' &&
        length > schema.maxLength &&
        !report(path, 'range', `a string of at most ${schema.maxLength} characters`, v)
      )
        return false;
    }
    // Pushed in reverse: the stack takes them out in document order.
    const below: Task[] = [];
    if (isObj(v) && (schema.properties !== undefined || schema.required !== undefined || schema.additionalProperties !== undefined)) {
      if (Array.isArray(schema.required)) {
        for (const key of schema.required as string[])
          if (v[key] === undefined && !report({ parent: path, key }, 'required', 'a value (required)', NOTHING)) return false;
      }
      const props = isObj(schema.properties) ? schema.properties : {};
      const extra = schema.additionalProperties;
      const keys: string[] = [];
      if (extra === undefined || extra === true) {
        for (const key of Object.keys(props)) if (v[key] !== undefined) keys.push(key);
      } else {
        for (const key of Object.keys(props)) if (v[key] !== undefined) keys.push(key);
        for (const key in v) if (!Object.prototype.hasOwnProperty.call(props, key)) keys.push(key);
      }
      if (keys.length > 0) below.push({ kind: 'props', schema, object: v, keys, index: 0, path });
    }
    if (Array.isArray(v) && schema.items !== undefined && schema.items !== true && v.length > 0)
      below.push({ kind: 'items', schema: schema.items as Schema, array: v, index: 0, path });
    if (Array.isArray(schema.allOf)) for (const s of schema.allOf as Schema[]) below.push({ kind: 'check', schema: s, value: v, path });
    if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
      const chosen = this.choose(schema, v, path, report);
      if (chosen === false) return false;
      if (chosen !== undefined) below.push({ kind: 'check', schema: chosen, value: v, path });
    }
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]!);
    return true;
  }

  /**
   * The one branch of a union that `v` is to be checked against (undefined: none is to be
   * checked further, having been reported or accepted); false: stop.
   */
  private choose(schema: Obj, v: unknown, path: Path | null, report: Report): Schema | undefined | false {
    const sel = this.selector(schema);
    if (sel.tag !== undefined) {
      if (!isObj(v)) return report(path, 'type', 'object', v) ? undefined : false;
      const tag = v[sel.tag];
      const at = { parent: path, key: sel.tag };
      if (typeof tag !== 'string')
        return report(at, tag === undefined ? 'required' : 'type', `a string "${sel.tag}" tag`, tag === undefined ? NOTHING : tag)
          ? undefined
          : false;
      const branch = sel.byTag!.get(tag);
      if (branch === undefined)
        return report(at, 'tag', `a known "${sel.tag}" value (one of ${list([...sel.byTag!.keys()])})`, tag) ? undefined : false;
      return branch;
    }
    const candidates = sel.branches.filter((b) => this.admits(b, v));
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1 && isObj(v) && sel.keys !== undefined) {
      // Closed object branches, each requiring a key that no other branch declares: a value is
      // accepted at most by the branch whose key it has.
      const keyed = candidates.filter((b) => v[sel.keys!.get(b)!] !== undefined);
      if (keyed.length === 1) return keyed[0];
    } else if (candidates.length > 1) {
      const valid = candidates.filter((b) => this.accepts(b, v)).length;
      if (sel.exactlyOne ? valid === 1 : valid >= 1) return undefined;
    }
    return report(path, v === undefined ? 'required' : 'shape', this.expected(schema), v === undefined ? NOTHING : v) ? undefined : false;
  }

  private selector(schema: Obj): Selector {
    let sel = this.selectors.get(schema);
    if (sel !== undefined) return sel;
    const branches = ((schema.oneOf ?? schema.anyOf) as Schema[]).slice();
    const exactlyOne = Array.isArray(schema.oneOf);
    const d = schema.discriminator;
    if (exactlyOne && isObj(d) && typeof d.propertyName === 'string') {
      const byTag = new Map<string, Schema>();
      for (const b of branches) for (const t of this.tagValues(b, d.propertyName)) byTag.set(t, b);
      sel = { tag: d.propertyName, byTag, branches, exactlyOne };
    } else {
      const keys = this.keyedBranches(branches);
      sel = keys === undefined ? { branches, exactlyOne } : { branches, exactlyOne, keys };
    }
    this.selectors.set(schema, sel);
    return sel;
  }

  /** The key that selects each object branch, when keys tell the branches apart exactly (see Selector.keys). */
  private keyedBranches(branches: readonly Schema[]): Map<Schema, string> | undefined {
    const objects: [Schema, Obj][] = [];
    for (const b of branches) {
      const d = this.deref(b);
      if (!isObj(d)) return undefined;
      if (d.type === 'object') {
        if (d.additionalProperties !== false || Array.isArray(d.anyOf) || Array.isArray(d.oneOf) || Array.isArray(d.allOf))
          return undefined;
        objects.push([b, d]);
      } else if (d.type === undefined || (Array.isArray(d.type) && d.type.includes('object'))) return undefined;
    }
    const keys = new Map<Schema, string>();
    for (const [b, d] of objects) {
      const declaredElsewhere = (k: string) =>
        objects.some(([c, e]) => c !== b && isObj(e.properties) && Object.prototype.hasOwnProperty.call(e.properties, k));
      const key = ((d.required as string[] | undefined) ?? []).find((k) => !declaredElsewhere(k));
      if (key === undefined) return undefined;
      keys.set(b, key);
    }
    return keys;
  }

  private tagValues(branch: Schema, tag: string): string[] {
    const b = this.deref(branch);
    const prop = isObj(b) && isObj(b.properties) ? b.properties[tag] : undefined;
    if (isObj(prop) && typeof prop.const === 'string') return [prop.const];
    if (isObj(prop) && Array.isArray(prop.enum)) return prop.enum.filter((e): e is string => typeof e === 'string');
    return [];
  }

  /** Whether a branch admits values of `v`'s JSON type (a cheap first cut, not a check). */
  private admits(branch: Schema, v: unknown, hops = 0): boolean {
    const b = this.deref(branch);
    if (typeof b === 'boolean') return b;
    if (hops < 8 && (Array.isArray(b.anyOf) || Array.isArray(b.oneOf)) && b.type === undefined) {
      return ((b.anyOf ?? b.oneOf) as Schema[]).some((m) => this.admits(m, v, hops + 1));
    }
    if (b.const !== undefined) return b.const === v || jsonType(b.const) === jsonType(v);
    if (b.type !== undefined) return typeMatches(b.type, v) || (b.type === 'number' && typeof v === 'number');
    return true;
  }

  private readonly words = new WeakMap<object, string>();

  /** What a schema takes, in a few words (worked out once per schema). */
  private expected(schema: Schema, hops = 0): string {
    if (typeof schema !== 'object' || hops > 0) return this.describeSchema(schema, hops);
    let known = this.words.get(schema);
    if (known === undefined) this.words.set(schema, (known = this.describeSchema(schema, hops)));
    return known;
  }

  private describeSchema(schema: Schema, hops: number): string {
    if (schema === true) return 'any value';
    if (schema === false) return 'nothing';
    if (typeof schema.$ref === 'string')
      return hops > 3 ? `a ${schema.$ref.split('/').pop()}` : this.expected(this.deref(schema), hops + 1);
    if (schema.const !== undefined) return JSON.stringify(schema.const);
    if (Array.isArray(schema.enum)) return `one of ${list(schema.enum)}`;
    const members = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
    if (Array.isArray(members)) {
      const parts = [...new Set(members.map((m) => this.branchWords(m, hops + 1)))];
      return parts.length > LISTED ? `${parts.slice(0, LISTED).join(' or ')} or ...` : parts.join(' or ');
    }
    if (Array.isArray(schema.type)) return schema.type.join(' or ');
    if (typeof schema.type === 'string') return schema.type;
    return 'a value of the given shape';
  }

  /** A union branch in a few words: an object by its tag or its own key, anything else as `expected` says. */
  private branchWords(branch: Schema, hops: number): string {
    const b = this.deref(branch);
    if (isObj(b) && b.type === 'object' && Array.isArray(b.required) && b.required.length > 0)
      return `an object with "${String(b.required[0])}"`;
    return this.expected(b, hops);
  }
}

/** Marks an issue about a missing value (nothing to describe). */
const NOTHING = Symbol('nothing');

/** A string's length in code points, as JSON Schema counts it (a surrogate pair is one). */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++, n++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}
