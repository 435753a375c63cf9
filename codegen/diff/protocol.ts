/**
 * What the diff compares: a protocol = a schema bundle plus its method list. The method list
 * comes from the meta model (`protocol.json`) when there is one; otherwise it is read off the
 * bundle's message unions (`ClientRequest`, `ServerRequest`, `ServerNotification`,
 * `ClientNotification`), which do not say which result type answers which request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { MetaModel } from '../emit-meta.js';
import { deref, isObject, pointerNamespace, resolvePointer, tagValue, unionMembers, type JsonObject, type SchemaNode } from '../bundle.js';

export type Party = 'clients' | 'servers';

export interface MethodEntry {
  readonly method: string;
  readonly namespace: 'v1' | 'v2';
  readonly direction: 'clientToServer' | 'serverToClient';
  readonly kind: 'request' | 'notification';
  /** Pointer of the params schema in the bundle; null when the method takes no params. */
  readonly params: string | null;
  /** Pointer of the result schema; null for notifications; undefined when not known (bundle without meta model). */
  readonly result?: string | null;
  /** For `codex/event/<type>`: the `EventMsg` type that narrows `params.msg`. */
  readonly eventType?: string;
  /** Deprecation note (null: not deprecated); undefined when not known. */
  readonly deprecated?: string | null;
}

export interface Protocol {
  /** Where it came from (a path, or a name given by the caller). */
  readonly label: string;
  readonly version?: string;
  readonly bundle: JsonObject;
  readonly methods: readonly MethodEntry[];
}

const UNIONS = [
  { name: 'ClientRequest', direction: 'clientToServer', kind: 'request' },
  { name: 'ServerRequest', direction: 'serverToClient', kind: 'request' },
  { name: 'ServerNotification', direction: 'serverToClient', kind: 'notification' },
  { name: 'ClientNotification', direction: 'clientToServer', kind: 'notification' },
] as const;

/** Best guess of a method's namespace when no meta model says it. */
function guessNamespace(method: string, params: string | null): 'v1' | 'v2' {
  if (params !== null && pointerNamespace(params) === 'v2') return 'v2';
  if (method.startsWith('codex/event/')) return 'v1';
  return method.includes('/') ? 'v2' : 'v1';
}

/** The methods a bundle's message unions list (results unknown). */
export function methodsFromBundle(bundle: JsonObject): MethodEntry[] {
  const out: MethodEntry[] = [];
  for (const u of UNIONS) {
    const pointer = `#/definitions/${u.name}`;
    if (resolvePointer(bundle, pointer) === undefined) continue;
    const union = deref(bundle, { $ref: pointer }).node;
    if (!isObject(union)) continue;
    const members = unionMembers(union) ?? [union];
    members.forEach((member, i) => {
      const branch = deref(bundle, member).node;
      if (!isObject(branch)) return;
      const method = tagValue(branch, 'method');
      if (method === undefined) return;
      const props = isObject(branch.properties) ? branch.properties : {};
      const p = props.params as SchemaNode | undefined;
      let params: string | null = null;
      let eventType: string | undefined;
      if (isObject(p) && typeof p.$ref === 'string') params = p.$ref;
      else if (isObject(p) && Array.isArray(p.allOf)) {
        for (const part of p.allOf) {
          if (isObject(part) && typeof part.$ref === 'string') params = part.$ref;
          else if (isObject(part) && isObject(part.properties) && isObject(part.properties.msg)) eventType = tagValue(part.properties.msg, 'type');
        }
      } else if (isObject(p) && p.type !== 'null') {
        const where = unionMembers(union) === undefined ? pointer : `${pointer}/${Array.isArray(union.oneOf) ? 'oneOf' : 'anyOf'}/${i}`;
        params = `${where}/properties/params`;
      }
      const entry: MethodEntry = { method, namespace: guessNamespace(method, params), direction: u.direction, kind: u.kind, params, ...(u.kind === 'notification' ? { result: null } : {}) };
      out.push(eventType === undefined ? entry : { ...entry, eventType });
    });
  }
  return out;
}

export function protocolFromBundle(bundle: JsonObject, label = 'bundle'): Protocol {
  return { label, bundle, methods: methodsFromBundle(bundle) };
}

export function protocolFromMeta(meta: MetaModel, bundle: JsonObject, label = 'meta model'): Protocol {
  const methods = meta.methods.map((m): MethodEntry => {
    const entry: MethodEntry = { method: m.method, namespace: m.namespace, direction: m.direction, kind: m.kind, params: m.params, result: m.result, deprecated: m.deprecated };
    return m.eventType === undefined ? entry : { ...entry, eventType: m.eventType };
  });
  return { label, version: meta.version, bundle, methods };
}

export function isMetaModel(value: unknown): value is MetaModel {
  return isObject(value) && Array.isArray(value.methods) && typeof value.schema === 'string';
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as Error).message}`);
  }
}

/**
 * Reads a protocol from a file: a meta model (its bundle is the `schema` file next to it) or a
 * bundle (paired with a `protocol.json` next to it that names it, when there is one).
 */
export function loadProtocol(path: string): Protocol {
  const doc = readJson(path);
  if (isMetaModel(doc)) {
    const bundlePath = join(dirname(path), doc.schema);
    const bundle = readJson(bundlePath);
    if (!isObject(bundle)) throw new Error(`${bundlePath} is not a JSON Schema bundle`);
    return protocolFromMeta(doc, bundle, path);
  }
  if (!isObject(doc) || !isObject(doc.definitions)) throw new Error(`${path} is neither a schema bundle (no "definitions") nor a meta model (no "methods")`);
  const sibling = join(dirname(path), 'protocol.json');
  if (existsSync(sibling)) {
    const meta = readJson(sibling);
    if (isMetaModel(meta) && meta.schema === basename(path)) return protocolFromMeta(meta, doc, path);
  }
  return protocolFromBundle(doc, path);
}
