/**
 * The facts of a protocol export, for the coverage test: every method (with its direction,
 * kind and params/result type names), every named type its methods reach, and inside each
 * named type every property path, string value and union variant (tag value). Read the same way
 * from upstream's bundle and from ours, so that "ours has every fact upstream has" is a set
 * inclusion; each deliberate exception is a row of docs/compat.md's listed differences.
 *
 * Paths: `Type.field.sub`, `[]` for array items, `{}` for map values. Union branches are read
 * together (their fields and values are facts of the type); a discriminated union's tag values
 * are its variants. A `$ref` ends the walk: the named type it names has facts of its own.
 */
import { deref, isObject, shortName, type JsonObject, type SchemaNode } from '../../codegen/bundle.js';
import { loadProtocol, type Protocol } from '../../codegen/diff/protocol.js';

export type FactKind = 'method' | 'params' | 'result' | 'type' | 'property' | 'value' | 'variant';

export interface Fact {
  readonly kind: FactKind;
  /** `thread/start`, `Thread`, `Thread.status`, `Thread.status=active`, ... */
  readonly location: string;
}

export const factKey = (f: Fact) => `${f.kind} ${f.location}`;

/** String values a schema node fixes: its `const` or `enum` (one-value enums are how upstream writes tags). */
function stringValuesOf(node: JsonObject): string[] {
  if (typeof node.const === 'string') return [node.const];
  if (Array.isArray(node.enum)) return node.enum.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The tag of a union: Ajv's discriminator, or a property every branch fixes to distinct string values. */
function tagOfUnion(doc: unknown, members: SchemaNode[], node: JsonObject): string | undefined {
  if (isObject(node.discriminator) && typeof node.discriminator.propertyName === 'string') return node.discriminator.propertyName;
  const branches = members.map((m) => deref(doc, m).node).filter(isObject);
  if (branches.length < 2 || branches.length !== members.length) return undefined;
  const candidates = Object.keys(isObject(branches[0]!.properties) ? branches[0]!.properties : {});
  return candidates.find((name) => {
    const seen = new Set<string>();
    return branches.every((b) => {
      const p = isObject(b.properties) ? b.properties[name] : undefined;
      const values = isObject(p) ? stringValuesOf(p) : [];
      if (values.length === 0 || values.some((v) => seen.has(v))) return false;
      values.forEach((v) => seen.add(v));
      return true;
    });
  });
}

/** The facts inside one named type's schema (not following `$ref`s), and the named types it refers to. */
export function typeFacts(doc: unknown, name: string, schema: SchemaNode, refs: Set<string>): Fact[] {
  const facts: Fact[] = [];
  const walk = (node: SchemaNode | undefined, path: string, hops: number): void => {
    if (!isObject(node) || hops > 64) return;
    if (typeof node.$ref === 'string') {
      refs.add(node.$ref);
      return;
    }
    for (const v of stringValuesOf(node)) facts.push({ kind: 'value', location: `${name}${path}=${v}` });
    if (isObject(node.properties)) {
      for (const [key, sub] of Object.entries(node.properties)) {
        facts.push({ kind: 'property', location: `${name}${path}.${key}` });
        walk(sub as SchemaNode, `${path}.${key}`, hops + 1);
      }
    }
    if (isObject(node.items)) walk(node.items, `${path}[]`, hops + 1);
    if (isObject(node.additionalProperties)) walk(node.additionalProperties, `${path}{}`, hops + 1);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const members = node[key];
      if (!Array.isArray(members)) continue;
      if (key !== 'allOf') {
        const tag = tagOfUnion(doc, members as SchemaNode[], node);
        if (tag !== undefined) {
          for (const m of members as SchemaNode[]) {
            const b = deref(doc, m).node;
            const p = isObject(b) && isObject(b.properties) ? b.properties[tag] : undefined;
            for (const v of isObject(p) ? stringValuesOf(p) : []) facts.push({ kind: 'variant', location: `${name}${path}.${tag}=${v}` });
          }
        }
      }
      for (const m of members as SchemaNode[]) walk(m, path, hops + 1);
    }
  };
  walk(schema, '', 0);
  // A tag's values are variants, not values as well.
  const variants = new Set(facts.filter((f) => f.kind === 'variant').map((f) => f.location));
  return facts.filter((f) => !(f.kind === 'value' && variants.has(f.location)));
}

/** Every fact of a protocol, limited to the methods `inScope` admits and the named types they reach. */
export function protocolFacts(p: Protocol, inScope: (method: string) => boolean): Fact[] {
  const facts: Fact[] = [];
  const queue: string[] = [];
  for (const m of p.methods) {
    if (!inScope(m.method)) continue;
    facts.push({ kind: 'method', location: `${m.method} (${m.direction} ${m.kind})` });
    if (m.params !== null && m.params.startsWith('#/definitions/')) {
      facts.push({ kind: 'params', location: `${m.method}: ${shortName(m.params)}` });
      queue.push(m.params);
    }
    if (typeof m.result === 'string') {
      facts.push({ kind: 'result', location: `${m.method}: ${shortName(m.result)}` });
      queue.push(m.result);
    }
  }
  const seen = new Set<string>();
  while (queue.length > 0) {
    const pointer = queue.pop()!;
    if (seen.has(pointer)) continue;
    seen.add(pointer);
    const { node } = deref(p.bundle, { $ref: pointer });
    const name = shortName(pointer);
    facts.push({ kind: 'type', location: name });
    const refs = new Set<string>();
    facts.push(...typeFacts(p.bundle, name, node, refs));
    queue.push(...refs);
  }
  return facts;
}

export function loadFacts(bundlePath: string, inScope: (method: string) => boolean): { protocol: Protocol; facts: Fact[] } {
  const protocol = loadProtocol(bundlePath);
  return { protocol, facts: protocolFacts(protocol, inScope) };
}
