/**
 * Small helpers for reading a JSON Schema bundle as plain JSON: pointers, `$ref`s, and the few
 * shapes the protocol uses (nullable unions, string enums, tagged unions). Shared by the meta
 * model, the docs and the diff; none of them needs the TypeBox definitions.
 */

import type { Json, JsonObject } from '../src/json.js';

export type { Json, JsonObject };
/** A schema node: an object, or `true`/`false`. */
export type SchemaNode = JsonObject | boolean;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export { byCodeUnit } from './collect.js';

/** Resolves a local `#/...` JSON pointer inside `doc`; undefined when it does not resolve. */
export function resolvePointer(doc: unknown, pointer: string): Json | undefined {
  if (pointer !== '#' && !pointer.startsWith('#/')) return undefined;
  let node: unknown = doc;
  if (pointer === '#') return node as Json;
  for (const raw of pointer.slice(2).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(part) || Number(part) >= node.length) return undefined;
      node = node[Number(part)];
    } else if (isObject(node) && Object.prototype.hasOwnProperty.call(node, part)) node = node[part];
    else return undefined;
  }
  return node as Json;
}

/** `#/definitions/v2/Thread` -> `v2/Thread`; `#/definitions/Thread` -> `Thread`; other pointers unchanged. */
export function definitionKey(pointer: string): string {
  return pointer.startsWith('#/definitions/') ? pointer.slice('#/definitions/'.length) : pointer;
}

/** `v2/Thread` -> `Thread`. */
export function shortName(pointer: string): string {
  return definitionKey(pointer).split('/').pop()!;
}

/** Namespace of a definition pointer: `v2` for `#/definitions/v2/...`, `root` otherwise. */
export function pointerNamespace(pointer: string): 'root' | 'v2' {
  return pointer.startsWith('#/definitions/v2/') ? 'v2' : 'root';
}

/** Every definition of a bundle as `[pointer, schema]`, root names first, then `v2`, each in document order. */
export function bundleDefinitions(bundle: unknown): [string, SchemaNode][] {
  const defs = isObject(bundle) && isObject(bundle.definitions) ? bundle.definitions : {};
  const out: [string, SchemaNode][] = [];
  for (const [name, schema] of Object.entries(defs)) {
    if (name === 'v2' && isObject(schema) && !looksLikeSchema(schema)) continue;
    out.push([`#/definitions/${escape(name)}`, schema as SchemaNode]);
  }
  const v2 = defs.v2;
  if (isObject(v2) && !looksLikeSchema(v2)) {
    for (const [name, schema] of Object.entries(v2)) out.push([`#/definitions/v2/${escape(name)}`, schema as SchemaNode]);
  }
  return out;
}

function escape(part: string): string {
  return part.replace(/~/g, '~0').replace(/\//g, '~1');
}

function looksLikeSchema(node: JsonObject): boolean {
  return ['type', '$ref', 'oneOf', 'anyOf', 'allOf', 'properties', 'enum', 'const'].some((k) => k in node);
}

/** Follows `$ref`s until a schema that is not a bare reference; returns it with the last pointer followed. */
export function deref(doc: unknown, node: SchemaNode): { node: SchemaNode; pointer?: string } {
  let current = node;
  let pointer: string | undefined;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 64) throw new Error(`reference cycle at ${current.$ref}`);
    pointer = current.$ref;
    const next = resolvePointer(doc, pointer);
    if (next === undefined || (!isObject(next) && typeof next !== 'boolean')) throw new Error(`unresolved $ref ${pointer}`);
    current = next as SchemaNode;
  }
  return pointer === undefined ? { node: current } : { node: current, pointer };
}

/** Members of a `oneOf`/`anyOf`, or undefined. */
export function unionMembers(node: SchemaNode): SchemaNode[] | undefined {
  if (!isObject(node)) return undefined;
  const members = node.oneOf ?? node.anyOf;
  return Array.isArray(members) ? (members as SchemaNode[]) : undefined;
}

export function isNullSchema(node: SchemaNode): boolean {
  return isObject(node) && node.type === 'null' && node.$ref === undefined;
}

/**
 * Splits `T | null`: an `anyOf`/`oneOf` with a `{type: "null"}` member, or a `type` array with
 * `"null"`. Returns the non-null part (a single member, or the rest of the union) and whether null
 * was admitted. A schema that is only `{type: "null"}` is not split.
 */
export function splitNullable(node: SchemaNode): { nullable: boolean; inner: SchemaNode } {
  if (!isObject(node)) return { nullable: false, inner: node };
  if (Array.isArray(node.type) && node.type.includes('null') && node.type.length > 1) {
    const rest = node.type.filter((t) => t !== 'null');
    return { nullable: true, inner: { ...node, type: rest.length === 1 ? rest[0]! : rest } };
  }
  const key = Array.isArray(node.anyOf) ? 'anyOf' : Array.isArray(node.oneOf) ? 'oneOf' : undefined;
  if (key === undefined) return { nullable: false, inner: node };
  const members = node[key] as SchemaNode[];
  const rest = members.filter((m) => !isNullSchema(m));
  if (rest.length === members.length || rest.length === 0) return { nullable: false, inner: node };
  if (rest.length === 1) {
    const { [key]: _members, ...siblings } = node;
    void _members;
    const only = rest[0]!;
    // Keep keywords next to the union (other than annotations) on the member.
    const extra = Object.fromEntries(Object.entries(siblings).filter(([k]) => !ANNOTATIONS.has(k)));
    return { nullable: true, inner: Object.keys(extra).length === 0 || !isObject(only) ? only : { ...extra, ...only } };
  }
  return { nullable: true, inner: { ...node, [key]: rest } };
}

/** Keywords that do not constrain values. */
export const ANNOTATIONS = new Set(['description', 'title', 'default', 'examples', '$comment', 'readOnly', 'writeOnly', 'deprecated']);

/** The string values a schema is limited to (`const`, `enum`, or a union of those), or undefined when unrestricted / not a string set. */
export function stringValues(node: SchemaNode): string[] | undefined {
  if (!isObject(node)) return undefined;
  if (typeof node.const === 'string') return [node.const];
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string')) return node.enum as string[];
  const members = unionMembers(node);
  if (members !== undefined && members.length > 0 && node.properties === undefined) {
    const parts = members.map((m) => stringValues(m));
    if (parts.every((p) => p !== undefined)) return [...new Set(parts.flat() as string[])];
  }
  return undefined;
}

/**
 * Tag property of a union of object shapes: Ajv's `discriminator.propertyName`, or else a property
 * that every (dereferenced) branch requires and holds a distinct string constant in.
 */
export function tagOf(doc: unknown, node: SchemaNode): string | undefined {
  if (!isObject(node)) return undefined;
  if (isObject(node.discriminator) && typeof node.discriminator.propertyName === 'string') return node.discriminator.propertyName;
  const members = unionMembers(node);
  if (members === undefined || members.length < 2) return undefined;
  const branches = members.map((m) => deref(doc, m).node);
  if (!branches.every(isObject)) return undefined;
  const first = branches[0] as JsonObject;
  const candidates = Object.keys(isObject(first.properties) ? first.properties : {});
  return candidates.find((name) => {
    const seen = new Set<string>();
    return branches.every((b) => {
      const value = tagValue(b as JsonObject, name);
      if (value === undefined || seen.has(value)) return false;
      seen.add(value);
      return Array.isArray((b as JsonObject).required) && ((b as JsonObject).required as Json[]).includes(name);
    });
  });
}

/** The constant a branch gives its tag property, if any. */
export function tagValue(branch: JsonObject, tag: string): string | undefined {
  const props = isObject(branch.properties) ? branch.properties : undefined;
  const prop = props?.[tag];
  if (!isObject(prop)) return undefined;
  const values = stringValues(prop);
  return values !== undefined && values.length === 1 ? values[0] : undefined;
}

/** Field list of an object shape: name, schema, required; in declaration order. */
export function objectFields(node: SchemaNode): { name: string; schema: SchemaNode; required: boolean }[] {
  if (!isObject(node) || !isObject(node.properties)) return [];
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  return Object.entries(node.properties).map(([name, schema]) => ({ name, schema: schema as SchemaNode, required: required.has(name) }));
}

/** Description of a property: its own, or the one on its nullable union. */
export function descriptionOf(node: SchemaNode): string | undefined {
  if (!isObject(node)) return undefined;
  if (typeof node.description === 'string') return node.description;
  const { inner } = splitNullable(node);
  return inner !== node && isObject(inner) && typeof inner.description === 'string' ? inner.description : undefined;
}

/**
 * The view of a `codex/event/<type>` notification's params: the envelope without `msg`, and the
 * one `EventMsg` variant that `msg` must be. Undefined parts when the bundle lacks them.
 */
export interface EventView {
  /** The params envelope (dereferenced) with the `msg` property left out. */
  readonly envelope: SchemaNode;
  /** Pointer of the `EventMsg` union that `msg` refers to. */
  readonly unionPointer?: string;
  /** Index of the variant inside the union's `oneOf`/`anyOf`. */
  readonly index?: number;
  readonly variant?: SchemaNode;
}

export function eventView(doc: unknown, paramsPointer: string, eventType: string): EventView {
  const envelope = deref(doc, { $ref: paramsPointer }).node;
  if (!isObject(envelope) || !isObject(envelope.properties)) return { envelope };
  const { msg, ...rest } = envelope.properties;
  const stripped: JsonObject = { ...envelope, properties: rest };
  if (!isObject(msg)) return { envelope: stripped };
  const target = deref(doc, msg);
  const members = unionMembers(target.node);
  const tag = tagOf(doc, target.node) ?? 'type';
  const index = members?.findIndex((m) => {
    const branch = deref(doc, m).node;
    return isObject(branch) && tagValue(branch, tag) === eventType;
  });
  const where = target.pointer === undefined ? {} : { unionPointer: target.pointer };
  if (members === undefined || index === undefined || index < 0) return { envelope: stripped, ...where };
  return { envelope: stripped, ...where, index, variant: members[index]! };
}
