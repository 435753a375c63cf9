/**
 * Normal forms for the diff. The same wire shape can be spelled many ways in JSON Schema, and the
 * upstream export (schemars) and this library spell some differently; the diff compares the
 * normal forms, so a spelling never reads as a change:
 *
 * - `true`, `{}`, a schema of annotations only, and a union that admits every JSON type
 *   without constraint (`JsonValue`) all mean "any value" (null included);
 * - a one-member `allOf` is its member (schemars writes a `$ref` with a description that way);
 * - `T | null` is the same whether written `type: [T, "null"]`, an `anyOf`/`oneOf` with a
 *   `{type: "null"}` member, or an `enum` holding `null`; nullability is read through `$ref`s;
 * - keywords beside a `oneOf`/`anyOf` of objects (shared `properties`, `required`, …) belong to
 *   every member, so they are merged into each;
 * - an `allOf` of objects is one object with all their fields;
 * - an integer `format` of a fixed width (schemars' `int32`, `uint16`, …) is the range it names:
 *   the Rust server refuses a number outside it, so it is the same bound as `minimum`/`maximum`.
 */
import { ANNOTATIONS, deref, isObject, isNullSchema, splitNullable, unionMembers, type JsonObject, type SchemaNode } from '../bundle.js';

/** The normal form of a schema at one position. */
export interface View {
  /** Admits every value; `node` is then `true`. */
  readonly any: boolean;
  /** Admits null (besides `node`). */
  readonly nullable: boolean;
  /** The non-null part, with references followed: never a bare `$ref`. */
  readonly node: SchemaNode;
  /** The last definition followed to reach `node`, if any. */
  readonly pointer?: string;
}

const ANY: View = { any: true, nullable: true, node: true };

function constraintKeys(node: JsonObject): string[] {
  return Object.keys(node).filter((k) => !ANNOTATIONS.has(k) && k !== '$schema' && k !== 'definitions' && k !== '$id');
}

/** Removes annotations (and the bundle-level keys), keeping what constrains values. */
function constraints(node: JsonObject): JsonObject {
  return Object.fromEntries(constraintKeys(node).map((k) => [k, node[k]!]));
}

const JSON_TYPES = ['null', 'boolean', 'number', 'string', 'array', 'object'] as const;

/**
 * True for a union whose members admit every JSON type without constraint: `{type: T}` for each
 * type (integer counts for nothing), arrays and objects whose items/values are any value or this
 * very union again.
 */
function admitsEveryJsonValue(doc: unknown, node: JsonObject, self: string | undefined, nullable: boolean, depth: number): boolean {
  const members = unionMembers(node);
  if (members === undefined || constraintKeys(node).some((k) => k !== 'anyOf' && k !== 'oneOf')) return false;
  const covered = new Set<string>(nullable ? ['null'] : []);
  const anyOrSelf = (s: unknown): boolean =>
    s === undefined ||
    s === true ||
    (isObject(s) && ((typeof s.$ref === 'string' && s.$ref === self) || (depth < 8 && viewOf(doc, s as SchemaNode, depth + 1).any)));
  for (const m of members) {
    const r = deref(doc, m).node;
    if (!isObject(r) || typeof r.type !== 'string') return false;
    // An empty `properties` constrains nothing.
    const keys = constraintKeys(r).filter((k) => !(k === 'properties' && isObject(r.properties) && Object.keys(r.properties).length === 0));
    if (r.type === 'array' && keys.every((k) => k === 'type' || k === 'items') && anyOrSelf(r.items)) covered.add('array');
    else if (r.type === 'object' && keys.every((k) => k === 'type' || k === 'additionalProperties') && anyOrSelf(r.additionalProperties))
      covered.add('object');
    else if (keys.length === 1) covered.add(r.type);
  }
  return JSON_TYPES.every((t) => covered.has(t));
}

/** Splits an `enum` that lists `null` (with or without `"null"` in `type`). */
function splitNullEnum(node: JsonObject): { nullable: boolean; inner: JsonObject } {
  if (!Array.isArray(node.enum) || !node.enum.includes(null)) return { nullable: false, inner: node };
  const values = node.enum.filter((v) => v !== null);
  const type = Array.isArray(node.type) ? node.type.filter((t) => t !== 'null') : node.type;
  const inner: JsonObject = { ...node, enum: values };
  if (type === undefined || (Array.isArray(type) && type.length === 0)) delete inner.type;
  else inner.type = Array.isArray(type) && type.length === 1 ? type[0]! : type;
  return { nullable: true, inner };
}

/** The normal form of `node` read in `doc` (see the module comment). */
export function viewOf(doc: unknown, node: SchemaNode, depth = 0): View {
  let current: SchemaNode = node;
  let nullable = false;
  let pointer: string | undefined;
  for (let hops = 0; ; hops++) {
    if (hops > 64) throw new Error('schema nests too deeply to normalise (a reference cycle?)');
    if (current === true) return ANY;
    if (current === false) return { any: false, nullable, node: false, ...(pointer === undefined ? {} : { pointer }) };
    const keys = constraintKeys(current);
    if (keys.length === 0) return ANY;
    if (typeof current.$ref === 'string') {
      const next = deref(doc, { $ref: current.$ref });
      pointer = current.$ref;
      current = next.node;
      if (next.pointer !== undefined) pointer = next.pointer;
      continue;
    }
    if (Array.isArray(current.allOf) && current.allOf.length === 1) {
      const rest = constraints(current);
      delete rest.allOf;
      const member = current.allOf[0] as SchemaNode;
      if (Object.keys(rest).length === 0) current = member;
      else current = mergeObjects([rest, deref(doc, member).node]);
      continue;
    }
    const members = unionMembers(current);
    if (
      members !== undefined &&
      members.length === 1 &&
      keys.every((k) => k === 'oneOf' || k === 'anyOf' || k === 'discriminator' || k === 'type')
    ) {
      if (current.type === undefined || current.type === 'object') {
        current = members[0]!;
        continue;
      }
    }
    if (isNullSchema(current)) return { any: false, nullable: false, node: current, ...(pointer === undefined ? {} : { pointer }) };
    const split = splitNullable(current);
    if (split.nullable) {
      nullable = true;
      current = split.inner;
      continue;
    }
    const nullEnum = splitNullEnum(current);
    if (nullEnum.nullable) {
      nullable = true;
      current = nullEnum.inner;
      continue;
    }
    if (admitsEveryJsonValue(doc, current, pointer, nullable, depth)) return ANY;
    return { any: false, nullable, node: shapeOf(doc, withFormatRange(current)), ...(pointer === undefined ? {} : { pointer }) };
  }
}

/** Ranges of the integer formats schemars writes; `uint`/`uint64` only promise a lower bound. */
const INTEGER_FORMATS: { [format: string]: readonly [number, number | undefined] } = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: [0, 4294967295],
  uint: [0, undefined],
  uint64: [0, undefined],
};

/** An integer with a fixed-width `format`: the format's range as `minimum`/`maximum` (the tighter bound wins). */
function withFormatRange(node: JsonObject): JsonObject {
  const range = typeof node.format === 'string' ? INTEGER_FORMATS[node.format] : undefined;
  if (range === undefined || !(node.type === 'integer' || (Array.isArray(node.type) && node.type.includes('integer')))) return node;
  const { format: _format, ...rest } = node;
  void _format;
  const [low, high] = range;
  rest.minimum = typeof rest.minimum === 'number' ? Math.max(rest.minimum, low) : low;
  if (high !== undefined) rest.maximum = typeof rest.maximum === 'number' ? Math.min(rest.maximum, high) : high;
  return rest;
}

/** Fields of several object schemas as one object (an intersection: every field, every requirement). */
function mergeObjects(parts: readonly SchemaNode[]): JsonObject {
  const out: JsonObject = {};
  const properties: JsonObject = {};
  const required = new Set<string>();
  for (const part of parts) {
    if (!isObject(part)) continue;
    for (const [k, v] of Object.entries(part)) {
      if (k === 'properties' && isObject(v)) Object.assign(properties, v);
      else if (k === 'required' && Array.isArray(v)) v.forEach((r) => typeof r === 'string' && required.add(r));
      else if (!(k in out) || k === 'oneOf' || k === 'anyOf') out[k] = v;
    }
  }
  if (Object.keys(properties).length > 0) out.properties = properties;
  if (required.size > 0) out.required = [...required];
  return out;
}

const OBJECT_KEYS = new Set(['properties', 'required', 'additionalProperties', 'type', 'discriminator', 'oneOf', 'anyOf']);

/** Structural normal forms of one (non-null, dereferenced) schema. */
function shapeOf(doc: unknown, node: JsonObject): JsonObject {
  // An allOf of objects: one object.
  if (Array.isArray(node.allOf) && node.allOf.length > 1) {
    const parts = node.allOf.map((m) => deref(doc, m as SchemaNode).node);
    if (
      parts.every(
        (p) => isObject(p) && (p.type === 'object' || p.properties !== undefined) && p.oneOf === undefined && p.anyOf === undefined,
      )
    ) {
      const rest = constraints(node);
      delete rest.allOf;
      return mergeObjects([rest, ...parts]);
    }
    return node;
  }
  // Keywords beside a union of objects belong to every member.
  const members = unionMembers(node);
  if (members === undefined) return node;
  const key = Array.isArray(node.oneOf) ? 'oneOf' : 'anyOf';
  const shared = constraints(node);
  delete shared.oneOf;
  delete shared.anyOf;
  delete shared.discriminator;
  const hasFields = shared.properties !== undefined || shared.required !== undefined || shared.additionalProperties !== undefined;
  if (!hasFields || !Object.keys(shared).every((k) => OBJECT_KEYS.has(k))) return node;
  const resolved = members.map((m) => deref(doc, m).node);
  if (!resolved.every((m) => isObject(m) && (m.type === undefined || m.type === 'object'))) return node;
  const merged = resolved.map((m) => mergeObjects([shared, m]));
  const out: JsonObject = { [key]: merged };
  if (node.discriminator !== undefined) out.discriminator = node.discriminator;
  return out;
}
