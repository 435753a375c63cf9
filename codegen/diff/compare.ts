/**
 * Structural comparison of two schemas, each read in its own bundle. Reports every difference
 * that matters on the wire as a raw change: a rule, where it happened and which side of the
 * message (sender or receiver) it breaks. Descriptions, titles and defaults are ignored.
 */
import {
  byCodeUnit,
  definitionKey,
  deref,
  isObject,
  splitNullable,
  stringValues,
  tagOf,
  tagValue,
  unionMembers,
  type Json,
  type JsonObject,
  type SchemaNode,
} from '../bundle.js';
import { BOTH, NONE, RECEIVER, SENDER, type Effect, type RuleId } from './rules.js';

export interface RawChange {
  readonly rule: RuleId;
  /** `Type.path` of the change, e.g. `v2/ThreadItem<commandExecution>.status`. */
  readonly location: string;
  readonly detail: string;
  readonly effect: Effect;
}

/** Where the walk is: the innermost named type, and the path inside it. */
export interface Loc {
  readonly type: string;
  readonly path: string;
}

export interface CompareContext {
  readonly oldDoc: unknown;
  readonly newDoc: unknown;
  /** True while comparing a request's params: a removed field also breaks the caller. */
  readonly requestParams: boolean;
  readonly emit: (change: RawChange) => void;
  /** Pairs of definitions already compared in this walk. */
  readonly seen: Set<string>;
}

export function locationText(loc: Loc): string {
  return `${loc.type}${loc.path}`;
}

function at(loc: Loc, suffix: string): Loc {
  return { type: loc.type, path: `${loc.path}${suffix}` };
}

type Kind = 'any' | 'never' | 'null' | 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'union' | 'allOf' | 'types';

/** A one-member union is its member. */
function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  for (;;) {
    const members = unionMembers(current);
    if (members === undefined || members.length !== 1 || !isObject(current) || current.properties !== undefined || current.discriminator !== undefined) return current;
    current = members[0]!;
  }
}

function kindOf(node: SchemaNode): Kind {
  if (node === true) return 'any';
  if (node === false) return 'never';
  if (stringValues(node) !== undefined && (node.type === undefined || node.type === 'string')) return 'string';
  if (unionMembers(node) !== undefined) return 'union';
  if (Array.isArray(node.allOf)) return 'allOf';
  if (Array.isArray(node.type)) return 'types';
  switch (node.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'null':
    case 'array':
    case 'object':
      return node.type;
    default:
      if (node.properties !== undefined || node.additionalProperties !== undefined || node.required !== undefined) return 'object';
      if (node.items !== undefined) return 'array';
      return 'any';
  }
}

/** A short human name for a schema: `string`, `"a" | "b"`, `object`, `Thread`, ... */
export function describe(node: SchemaNode): string {
  if (node === true) return 'any';
  if (node === false) return 'nothing';
  if (typeof node.$ref === 'string') return definitionKey(node.$ref);
  const values = stringValues(node);
  if (values !== undefined) return values.map((v) => JSON.stringify(v)).join(' | ');
  const { nullable, inner } = splitNullable(node);
  if (nullable) return `${describe(inner)} | null`;
  const members = unionMembers(node);
  if (members !== undefined) return members.map(describe).join(' | ');
  const kind = kindOf(node);
  if (kind === 'array') return `${describe((node.items as SchemaNode | undefined) ?? true)}[]`;
  if (kind === 'types') return (node.type as string[]).join(' | ');
  return kind;
}

export function compareSchemas(ctx: CompareContext, oldNode: SchemaNode, newNode: SchemaNode, loc: Loc): void {
  const emit = (rule: RuleId, where: Loc, detail: string, effect: Effect) => ctx.emit({ rule, location: locationText(where), detail, effect });

  // Nullability first, at the position that holds the value.
  const o = splitNullable(oldNode);
  const n = splitNullable(newNode);
  if (o.nullable !== n.nullable) {
    if (n.nullable) emit('made-nullable', loc, 'may now be null', RECEIVER);
    else emit('made-non-nullable', loc, 'may no longer be null', SENDER);
  }
  const a = unwrap(o.inner);
  const b = unwrap(n.inner);

  // Named types: follow the references, once per pair of definitions.
  const refA = isObject(a) && typeof a.$ref === 'string' ? a.$ref : undefined;
  const refB = isObject(b) && typeof b.$ref === 'string' ? b.$ref : undefined;
  if (refA !== undefined || refB !== undefined) {
    const da = deref(ctx.oldDoc, a);
    const db = deref(ctx.newDoc, b);
    if (da.pointer !== undefined && db.pointer !== undefined) {
      const pair = `${da.pointer}\u0000${db.pointer}`;
      if (ctx.seen.has(pair)) return;
      ctx.seen.add(pair);
      if (definitionKey(da.pointer) !== definitionKey(db.pointer)) {
        emit('type-renamed', loc, `${definitionKey(da.pointer)} -> ${definitionKey(db.pointer)}`, NONE);
      }
    }
    const named = db.pointer ?? da.pointer;
    compareSchemas(ctx, da.node, db.node, named === undefined ? loc : { type: definitionKey(named), path: '' });
    return;
  }

  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka !== kb) {
    compareKinds(ctx, a, b, ka, kb, loc);
    return;
  }
  // Same kind from here on; `a` and `b` are objects unless the kind is any/never.
  if (!isObject(a) || !isObject(b)) return;
  switch (ka) {
    case 'string':
      compareStrings(ctx, a, b, loc);
      return;
    case 'integer':
    case 'number':
      compareBounds(ctx, a, b, loc);
      return;
    case 'array':
      compareSchemas(ctx, (a.items as SchemaNode | undefined) ?? true, (b.items as SchemaNode | undefined) ?? true, at(loc, '[]'));
      return;
    case 'object':
      compareObjects(ctx, a, b, loc);
      return;
    case 'union':
      compareUnions(ctx, a, b, loc);
      return;
    case 'allOf':
      compareAllOf(ctx, a, b, loc);
      return;
    case 'types': {
      const ta = new Set(a.type as string[]);
      const tb = new Set(b.type as string[]);
      const added = [...tb].filter((t) => !ta.has(t));
      const removed = [...ta].filter((t) => !tb.has(t));
      if (added.length > 0 && removed.length > 0) emit('type-changed', loc, `${describe(a)} -> ${describe(b)}`, BOTH);
      else if (added.length > 0) emit('type-widened', loc, `now also ${added.join(', ')}`, RECEIVER);
      else if (removed.length > 0) emit('type-narrowed', loc, `no longer ${removed.join(', ')}`, SENDER);
      return;
    }
    default:
      return;
  }
}

function compareKinds(ctx: CompareContext, a: SchemaNode, b: SchemaNode, ka: Kind, kb: Kind, loc: Loc): void {
  const emit = (rule: RuleId, detail: string, effect: Effect) => ctx.emit({ rule, location: locationText(loc), detail, effect });
  if (ka === 'any') return emit('type-narrowed', `any value -> ${describe(b)}`, SENDER);
  if (kb === 'any') return emit('type-widened', `${describe(a)} -> any value`, RECEIVER);
  if (ka === 'integer' && kb === 'number') {
    emit('type-widened', 'integer -> number', RECEIVER);
    return compareBounds(ctx, a as JsonObject, b as JsonObject, loc);
  }
  if (ka === 'number' && kb === 'integer') {
    emit('type-narrowed', 'number -> integer', SENDER);
    return compareBounds(ctx, a as JsonObject, b as JsonObject, loc);
  }
  // A plain type that became (or stopped being) one branch of an untagged union.
  if (kb === 'union' && tagOf(ctx.newDoc, b) === undefined) {
    const branches = branchIds(ctx.newDoc, unionMembers(b)!);
    const match = branches.find((x) => kindOf(deref(ctx.newDoc, x.node).node) === ka);
    if (match !== undefined) {
      for (const x of branches) if (x !== match) emit('variant-added', x.id, RECEIVER);
      return compareSchemas(ctx, a, match.node, loc);
    }
  }
  if (ka === 'union' && tagOf(ctx.oldDoc, a) === undefined) {
    const branches = branchIds(ctx.oldDoc, unionMembers(a)!);
    const match = branches.find((x) => kindOf(deref(ctx.oldDoc, x.node).node) === kb);
    if (match !== undefined) {
      for (const x of branches) if (x !== match) emit('variant-removed', x.id, SENDER);
      return compareSchemas(ctx, match.node, b, loc);
    }
  }
  emit('type-changed', `${describe(a)} -> ${describe(b)}`, BOTH);
}

function compareStrings(ctx: CompareContext, a: JsonObject, b: JsonObject, loc: Loc): void {
  const emit = (rule: RuleId, detail: string, effect: Effect) => ctx.emit({ rule, location: locationText(loc), detail, effect });
  const va = stringValues(a);
  const vb = stringValues(b);
  if (va === undefined && vb === undefined) return;
  if (va === undefined) return emit('type-narrowed', `string -> ${describe(b)}`, SENDER);
  if (vb === undefined) return emit('type-widened', `${describe(a)} -> string`, RECEIVER);
  if (va.length === 1 && vb.length === 1 && va[0] !== vb[0]) return emit('type-changed', `constant ${JSON.stringify(va[0])} -> ${JSON.stringify(vb[0])}`, BOTH);
  const old = new Set(va);
  const now = new Set(vb);
  for (const v of vb) if (!old.has(v)) emit('enum-value-added', JSON.stringify(v), RECEIVER);
  for (const v of va) if (!now.has(v)) emit('enum-value-removed', JSON.stringify(v), SENDER);
}

function compareBounds(ctx: CompareContext, a: JsonObject, b: JsonObject, loc: Loc): void {
  const emit = (rule: RuleId, detail: string, effect: Effect) => ctx.emit({ rule, location: locationText(loc), detail, effect });
  const bound = (s: JsonObject, key: string): number | undefined => (typeof s[key] === 'number' ? (s[key] as number) : undefined);
  for (const key of ['minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum']) {
    const x = bound(a, key);
    const y = bound(b, key);
    if (x === y) continue;
    const lower = key.endsWith('inimum');
    // For a lower bound, a larger (or new) value is stricter; for an upper bound, a smaller one.
    const stricter = x === undefined ? true : y === undefined ? false : lower ? y > x : y < x;
    const detail = `${key} ${x ?? 'none'} -> ${y ?? 'none'}`;
    if (stricter) emit('type-narrowed', detail, SENDER);
    else emit('type-widened', detail, RECEIVER);
  }
}

function isClosed(s: JsonObject): boolean {
  return s.additionalProperties === false;
}

/** Field-by-field comparison of two object shapes (also the shared fields of a union with `properties`). */
function compareObjects(ctx: CompareContext, a: JsonObject, b: JsonObject, loc: Loc): void {
  const emit = (rule: RuleId, where: Loc, detail: string, effect: Effect) => ctx.emit({ rule, location: locationText(where), detail, effect });
  const pa = (isObject(a.properties) ? a.properties : {}) as { [k: string]: SchemaNode };
  const pb = (isObject(b.properties) ? b.properties : {}) as { [k: string]: SchemaNode };
  const ra = new Set(Array.isArray(a.required) ? (a.required as string[]) : []);
  const rb = new Set(Array.isArray(b.required) ? (b.required as string[]) : []);
  for (const name of Object.keys(pa)) {
    const where = at(loc, `.${name}`);
    if (!(name in pb)) {
      emit('field-removed', where, ra.has(name) ? 'was required' : 'was optional', ctx.requestParams ? BOTH : RECEIVER);
      continue;
    }
    if (!ra.has(name) && rb.has(name)) emit('field-made-required', where, 'optional -> required', SENDER);
    if (ra.has(name) && !rb.has(name)) emit('field-made-optional', where, 'required -> optional', RECEIVER);
    compareSchemas(ctx, pa[name]!, pb[name]!, where);
  }
  for (const name of Object.keys(pb)) {
    if (name in pa) continue;
    const where = at(loc, `.${name}`);
    if (rb.has(name)) emit('field-added-required', where, describe(pb[name]!), SENDER);
    else emit('field-added-optional', where, describe(pb[name]!), isClosed(a) ? RECEIVER : NONE);
  }
  // Keys beyond the named fields.
  const xa = a.additionalProperties as SchemaNode | undefined;
  const xb = b.additionalProperties as SchemaNode | undefined;
  if (xa === false && xb !== false) emit('type-widened', loc, 'now admits keys besides its fields', RECEIVER);
  else if (xa !== false && xb === false) emit('type-narrowed', loc, 'no longer admits keys besides its fields', SENDER);
  else if (isObject(xa) || isObject(xb)) compareSchemas(ctx, xa ?? true, xb ?? true, at(loc, '{}'));
}

/** Identity of an untagged union branch: string values pool together; objects by their keys. */
function branchIds(doc: unknown, members: readonly SchemaNode[]): { id: string; node: SchemaNode }[] {
  const counts = new Map<string, number>();
  return members.map((m) => {
    const resolved = deref(doc, m).node;
    let id: string;
    if (stringValues(resolved) !== undefined) id = 'string values';
    else if (isObject(resolved) && kindOf(resolved) === 'object') {
      const required = Array.isArray(resolved.required) ? [...(resolved.required as string[])].sort(byCodeUnit) : [];
      id = `{${required.join(', ')}}`;
    } else id = kindOf(resolved);
    const seen = counts.get(id) ?? 0;
    counts.set(id, seen + 1);
    return { id: seen === 0 ? id : `${id} #${seen + 1}`, node: m };
  });
}

function compareUnions(ctx: CompareContext, a: JsonObject, b: JsonObject, loc: Loc): void {
  const emit = (rule: RuleId, where: Loc, detail: string, effect: Effect) => ctx.emit({ rule, location: locationText(where), detail, effect });
  if (a.properties !== undefined || b.properties !== undefined) compareObjects(ctx, stripUnion(a), stripUnion(b), loc);
  const ma = unionMembers(a)!;
  const mb = unionMembers(b)!;
  const ta = tagOf(ctx.oldDoc, a);
  const tb = tagOf(ctx.newDoc, b);
  if (ta !== tb) {
    emit('discriminator-changed', loc, `${ta === undefined ? 'untagged' : `tagged on "${ta}"`} -> ${tb === undefined ? 'untagged' : `tagged on "${tb}"`}`, BOTH);
    return;
  }
  if (ta !== undefined) {
    const byTag = (doc: unknown, members: readonly SchemaNode[]) =>
      new Map(members.map((m) => [tagValue(deref(doc, m).node as JsonObject, ta) ?? '', m] as const));
    const oa = byTag(ctx.oldDoc, ma);
    const ob = byTag(ctx.newDoc, mb);
    for (const [value, branch] of oa) {
      const other = ob.get(value);
      if (other === undefined) emit('tag-value-removed', loc, `${ta} ${JSON.stringify(value)}`, SENDER);
      else compareSchemas(ctx, branch, other, at(loc, `<${value}>`));
    }
    for (const value of ob.keys()) if (!oa.has(value)) emit('tag-value-added', loc, `${ta} ${JSON.stringify(value)}`, RECEIVER);
    return;
  }
  const ia = branchIds(ctx.oldDoc, ma);
  const ib = branchIds(ctx.newDoc, mb);
  const strings = (ids: { id: string; node: SchemaNode }[], doc: unknown): JsonObject | undefined => {
    const values = ids.filter((x) => x.id.startsWith('string values')).flatMap((x) => stringValues(deref(doc, x.node).node) ?? []);
    return values.length === 0 ? undefined : { type: 'string', enum: [...new Set(values)] };
  };
  const sa = strings(ia, ctx.oldDoc);
  const sb = strings(ib, ctx.newDoc);
  if (sa !== undefined && sb !== undefined) compareStrings(ctx, sa, sb, loc);
  else if (sa !== undefined) emit('variant-removed', loc, `string values ${describe(sa)}`, SENDER);
  else if (sb !== undefined) emit('variant-added', loc, `string values ${describe(sb)}`, RECEIVER);
  const rest = (ids: { id: string; node: SchemaNode }[]) => new Map(ids.filter((x) => !x.id.startsWith('string values')).map((x) => [x.id, x.node] as const));
  const oa = rest(ia);
  const ob = rest(ib);
  for (const [id, branch] of oa) {
    const other = ob.get(id);
    if (other === undefined) emit('variant-removed', loc, id, SENDER);
    else compareSchemas(ctx, branch, other, at(loc, `<${id}>`));
  }
  for (const id of ob.keys()) if (!oa.has(id)) emit('variant-added', loc, id, RECEIVER);
}

function stripUnion(s: JsonObject): JsonObject {
  const { oneOf: _o, anyOf: _a, discriminator: _d, ...rest } = s;
  void _o;
  void _a;
  void _d;
  return rest;
}

function compareAllOf(ctx: CompareContext, a: JsonObject, b: JsonObject, loc: Loc): void {
  const ma = a.allOf as SchemaNode[];
  const mb = b.allOf as SchemaNode[];
  if (ma.length === mb.length) {
    ma.forEach((m, i) => compareSchemas(ctx, m, mb[i]!, loc));
    return;
  }
  if (canonical(a) !== canonical(b)) ctx.emit({ rule: 'type-changed', location: locationText(loc), detail: 'intersection changed', effect: BOTH });
}

/** JSON text with sorted keys and without annotations, for equality checks. */
export function canonical(value: Json | SchemaNode): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!isObject(v)) return v;
    const out: { [k: string]: unknown } = {};
    for (const k of Object.keys(v).sort(byCodeUnit)) if (k !== 'description' && k !== 'title') out[k] = strip(v[k]);
    return out;
  };
  return JSON.stringify(strip(value));
}
