/**
 * Structural comparison of two schemas, each read in its own bundle. Both sides are first put in
 * their normal form (normalize.ts), so spellings never count as changes; then every difference
 * that matters on the wire is reported as a raw change: a rule, where it happened and which side
 * of the message (sender or receiver) it breaks. Descriptions, titles and defaults are ignored.
 */
import {
  byCodeUnit,
  definitionKey,
  isObject,
  stringValues,
  tagOf,
  unionMembers,
  type Json,
  type JsonObject,
  type SchemaNode,
} from '../bundle.js';
import { viewOf, type View } from './normalize.js';
import { BOTH, NONE, RECEIVER, SENDER, type Effect, type RuleId } from './rules.js';
import { compareTagged, compareUntagged, taggedView } from './unions.js';

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
  /**
   * True while comparing what a sender asks its receiver to act on (the params of a request, the
   * answer to a server request): a field removed there also breaks the sender, whose value is
   * now ignored.
   */
  readonly instructions: boolean;
  readonly emit: (change: RawChange) => void;
  /** Pairs of definitions already compared in this walk. */
  readonly seen: Set<string>;
}

export function locationText(loc: Loc): string {
  return `${loc.type}${loc.path}`;
}

export function at(loc: Loc, suffix: string): Loc {
  return { type: loc.type, path: `${loc.path}${suffix}` };
}

export type Kind =
  'any' | 'never' | 'null' | 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'union' | 'allOf' | 'types';

/** Kind of a normalised, dereferenced schema. */
export function kindOf(node: SchemaNode): Kind {
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
  if (Array.isArray(node.allOf) && node.allOf.length === 1) return describe(node.allOf[0] as SchemaNode);
  const values = stringValues(node);
  if (values !== undefined) return values.map((v) => JSON.stringify(v)).join(' | ');
  const members = unionMembers(node);
  if (members !== undefined) {
    const nonNull = members.filter((m) => !(isObject(m) && m.type === 'null'));
    const parts = nonNull.map(describe);
    const objects = parts.filter((p) => p === 'object').length;
    const text = objects > 1 ? [...parts.filter((p) => p !== 'object'), `${objects} object shapes`].join(' | ') : parts.join(' | ');
    return nonNull.length < members.length ? `${text} | null` : text;
  }
  if (Array.isArray(node.type)) {
    const types = node.type.filter((t) => t !== 'null');
    const base = types.length === 1 ? describe({ ...node, type: types[0]! }) : types.map((t) => String(t as string)).join(' | ');
    return types.length < node.type.length ? `${base} | null` : base;
  }
  const kind = kindOf(node);
  if (kind === 'array') return `${describe((node.items as SchemaNode | undefined) ?? true)}[]`;
  return kind;
}

/** `describe` of a view: the definition name when there is one. */
function describeView(v: View): string {
  const base = v.pointer !== undefined ? definitionKey(v.pointer) : describe(v.node);
  return v.nullable ? `${base} | null` : base;
}

export function compareSchemas(ctx: CompareContext, oldNode: SchemaNode, newNode: SchemaNode, loc: Loc): void {
  const emit = (rule: RuleId, where: Loc, detail: string, effect: Effect) =>
    ctx.emit({ rule, location: locationText(where), detail, effect });
  const a = viewOf(ctx.oldDoc, oldNode);
  const b = viewOf(ctx.newDoc, newNode);

  // "Any value" admits null and everything else: only a change to or from it counts.
  if (a.any || b.any) {
    if (!a.any) emit('type-widened', loc, `${describeView(a)} -> any value`, RECEIVER);
    else if (!b.any) emit('type-narrowed', loc, `any value -> ${describeView(b)}`, SENDER);
    return;
  }
  // Nullability at the position that holds the value (read through references).
  if (a.nullable !== b.nullable) {
    if (b.nullable) emit('made-nullable', loc, 'may now be null', RECEIVER);
    else emit('made-non-nullable', loc, 'may no longer be null', SENDER);
  }
  // Named types: compare each pair of definitions once; changes inside are located in the type.
  if (a.pointer !== undefined && b.pointer !== undefined) {
    const pair = `${a.pointer}\u0000${b.pointer}`;
    if (ctx.seen.has(pair)) return;
    ctx.seen.add(pair);
    if (definitionKey(a.pointer) !== definitionKey(b.pointer))
      emit('type-renamed', loc, `${definitionKey(a.pointer)} -> ${definitionKey(b.pointer)}`, NONE);
  }
  const named = b.pointer ?? a.pointer;
  compareShapes(ctx, a.node, b.node, named === undefined ? loc : { type: definitionKey(named), path: '' });
}

/** Compares two normalised, dereferenced schemas. */
export function compareShapes(ctx: CompareContext, a: SchemaNode, b: SchemaNode, loc: Loc): void {
  const emit = (rule: RuleId, detail: string, effect: Effect) => ctx.emit({ rule, location: locationText(loc), detail, effect });
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka !== kb) return compareKinds(ctx, a, b, ka, kb, loc);
  if (!isObject(a) || !isObject(b)) return;
  switch (ka) {
    case 'string':
      return compareStrings(ctx, a, b, loc);
    case 'integer':
    case 'number':
      return compareBounds(ctx, a, b, loc);
    case 'array':
      return compareSchemas(ctx, (a.items as SchemaNode | undefined) ?? true, (b.items as SchemaNode | undefined) ?? true, at(loc, '[]'));
    case 'object':
      return compareObjects(ctx, a, b, loc);
    case 'union':
      return compareUnions(ctx, a, b, loc);
    case 'allOf':
      return compareAllOf(ctx, a, b, loc);
    case 'types': {
      const ta = new Set(a.type as string[]);
      const tb = new Set(b.type as string[]);
      const added = [...tb].filter((t) => !ta.has(t));
      const removed = [...ta].filter((t) => !tb.has(t));
      if (added.length > 0 && removed.length > 0) emit('type-changed', `${describe(a)} -> ${describe(b)}`, BOTH);
      else if (added.length > 0) emit('type-widened', `now also ${added.join(', ')}`, RECEIVER);
      else if (removed.length > 0) emit('type-narrowed', `no longer ${removed.join(', ')}`, SENDER);
      return;
    }
    default:
      return;
  }
}

/** `type: [A, B]` as the union of its types. */
function typesAsUnion(node: JsonObject): JsonObject {
  return { anyOf: (node.type as string[]).map((t) => ({ ...node, type: t })) };
}

function compareKinds(ctx: CompareContext, a: SchemaNode, b: SchemaNode, ka: Kind, kb: Kind, loc: Loc): void {
  const emit = (rule: RuleId, detail: string, effect: Effect) => ctx.emit({ rule, location: locationText(loc), detail, effect });
  if (ka === 'never') return emit('type-widened', `nothing -> ${describe(b)}`, RECEIVER);
  if (kb === 'never') return emit('type-narrowed', `${describe(a)} -> nothing`, SENDER);
  if (ka === 'integer' && kb === 'number') {
    emit('type-widened', 'integer -> number', RECEIVER);
    return compareBounds(ctx, a as JsonObject, b as JsonObject, loc);
  }
  if (ka === 'number' && kb === 'integer') {
    emit('type-narrowed', 'number -> integer', SENDER);
    return compareBounds(ctx, a as JsonObject, b as JsonObject, loc);
  }
  if (ka === 'types') return compareShapes(ctx, typesAsUnion(a as JsonObject), b, loc);
  if (kb === 'types') return compareShapes(ctx, a, typesAsUnion(b as JsonObject), loc);
  if (ka === 'union' || kb === 'union') {
    // A tagged union against one object whose tag field lists the values: compare per variant.
    const ta = ka === 'union' ? tagOf(ctx.oldDoc, a) : undefined;
    const tb = kb === 'union' ? tagOf(ctx.newDoc, b) : undefined;
    if (ta !== undefined && kb === 'object') {
      const expanded = taggedView(ctx.newDoc, b as JsonObject, ta);
      if (expanded !== undefined) return compareTagged(ctx, ta, unionMembers(a)!, expanded, loc);
    }
    if (tb !== undefined && ka === 'object') {
      const expanded = taggedView(ctx.oldDoc, a as JsonObject, tb);
      if (expanded !== undefined) return compareTagged(ctx, tb, expanded, unionMembers(b)!, loc);
    }
    // Otherwise the plain side is a one-branch union: a string enum against a union of strings
    // and objects, an object that became one branch of several, ...
    if (ta === undefined && tb === undefined)
      return compareUntagged(ctx, ka === 'union' ? unionMembers(a)! : [a], kb === 'union' ? unionMembers(b)! : [b], loc);
  }
  emit('type-changed', `${describe(a)} -> ${describe(b)}`, BOTH);
}

export function compareStrings(ctx: CompareContext, a: JsonObject, b: JsonObject, loc: Loc): void {
  const emit = (rule: RuleId, detail: string, effect: Effect) => ctx.emit({ rule, location: locationText(loc), detail, effect });
  const va = stringValues(a);
  const vb = stringValues(b);
  if (va === undefined && vb === undefined) return;
  if (va === undefined) return emit('type-narrowed', `string -> ${describe(b)}`, SENDER);
  if (vb === undefined) return emit('type-widened', `${describe(a)} -> string`, RECEIVER);
  if (va.length === 1 && vb.length === 1 && va[0] !== vb[0])
    return emit('type-changed', `constant ${JSON.stringify(va[0])} -> ${JSON.stringify(vb[0])}`, BOTH);
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

/** Field-by-field comparison of two object shapes. */
function compareObjects(ctx: CompareContext, a: JsonObject, b: JsonObject, loc: Loc): void {
  const emit = (rule: RuleId, where: Loc, detail: string, effect: Effect) =>
    ctx.emit({ rule, location: locationText(where), detail, effect });
  const pa = (isObject(a.properties) ? a.properties : {}) as { [k: string]: SchemaNode };
  const pb = (isObject(b.properties) ? b.properties : {}) as { [k: string]: SchemaNode };
  const ra = new Set(Array.isArray(a.required) ? (a.required as string[]) : []);
  const rb = new Set(Array.isArray(b.required) ? (b.required as string[]) : []);
  // A sender's value for a removed field is ignored, or refused when the object admits no other keys.
  const senderLoses = ctx.instructions || isClosed(b);
  for (const name of Object.keys(pa)) {
    const where = at(loc, `.${name}`);
    if (!(name in pb)) {
      if (ra.has(name)) emit('field-removed', where, 'was required', { sender: senderLoses, receiver: true });
      else emit('field-removed-optional', where, '', { sender: senderLoses, receiver: false });
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

function compareUnions(ctx: CompareContext, a: JsonObject, b: JsonObject, loc: Loc): void {
  const ma = unionMembers(a)!;
  const mb = unionMembers(b)!;
  const ta = tagOf(ctx.oldDoc, a);
  const tb = tagOf(ctx.newDoc, b);
  if (ta !== undefined && ta === tb) return compareTagged(ctx, ta, ma, mb, loc);
  if (ta === undefined && tb === undefined) return compareUntagged(ctx, ma, mb, loc);
  const side = (t: string | undefined) => (t === undefined ? 'untagged' : `tagged on "${t}"`);
  ctx.emit({ rule: 'discriminator-changed', location: locationText(loc), detail: `${side(ta)} -> ${side(tb)}`, effect: BOTH });
}

function compareAllOf(ctx: CompareContext, a: JsonObject, b: JsonObject, loc: Loc): void {
  const ma = a.allOf as SchemaNode[];
  const mb = b.allOf as SchemaNode[];
  if (ma.length === mb.length) {
    ma.forEach((m, i) => compareSchemas(ctx, m, mb[i]!, loc));
    return;
  }
  if (canonical(a) !== canonical(b))
    ctx.emit({ rule: 'type-changed', location: locationText(loc), detail: 'intersection changed', effect: BOTH });
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
