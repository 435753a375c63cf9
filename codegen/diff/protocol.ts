/**
 * What the diff compares: a protocol = a schema bundle plus its method list. The method list
 * comes from the meta model (`protocol.json`) when there is one; otherwise it is read off the
 * bundle's message unions (`ClientRequest`, `ServerRequest`, `ServerNotification`,
 * `ClientNotification`), and the results are paired with the requests by name (see pairing.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { MetaModel } from '../emit-meta.js';
import {
  deref,
  isObject,
  pointerNamespace,
  resolvePointer,
  splitNullable,
  tagValue,
  unionMembers,
  type JsonObject,
  type SchemaNode,
} from '../bundle.js';
import { pairResults, type ResultSource } from './pairing.js';

export type Party = 'clients' | 'servers';

export interface MethodEntry {
  readonly method: string;
  readonly namespace: 'v1' | 'v2';
  readonly direction: 'clientToServer' | 'serverToClient';
  readonly kind: 'request' | 'notification';
  /** Pointer of the params schema in the bundle; null when the method takes no params. */
  readonly params: string | null;
  /** True when a message may leave `params` out or send null (no params still valid). */
  readonly paramsOptional?: boolean;
  /** Pointer of the result schema; null for notifications; undefined when not known. */
  readonly result?: string | null;
  /** How the result was found, for requests paired by the diff itself. */
  readonly resultFrom?: ResultSource;
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
  /** Where the results come from: the meta model, or names in the bundle. */
  readonly pairing?: 'meta model' | 'bundle names';
}

export const MESSAGE_UNIONS = [
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
  for (const u of MESSAGE_UNIONS) {
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
      const written = props.params as SchemaNode | undefined;
      // Optional params are written `anyOf [<params>, null]`: the params type is the reference inside.
      const unwrapped = isObject(written) ? splitNullable(written) : undefined;
      const p =
        unwrapped?.nullable === true && isObject(unwrapped.inner) && typeof unwrapped.inner.$ref === 'string' ? unwrapped.inner : written;
      const required = Array.isArray(branch.required) && branch.required.includes('params');
      let params: string | null = null;
      let eventType: string | undefined;
      if (isObject(p) && typeof p.$ref === 'string') params = p.$ref;
      else if (isObject(p) && Array.isArray(p.allOf)) {
        for (const part of p.allOf) {
          if (isObject(part) && typeof part.$ref === 'string') params = part.$ref;
          else if (isObject(part) && isObject(part.properties) && isObject(part.properties.msg))
            eventType = tagValue(part.properties.msg, 'type');
        }
      } else if (isObject(p) && p.type !== 'null') {
        const where = unionMembers(union) === undefined ? pointer : `${pointer}/${Array.isArray(union.oneOf) ? 'oneOf' : 'anyOf'}/${i}`;
        params = `${where}/properties/params`;
      }
      const paramsOptional = p === undefined || !required || (isObject(written) && splitNullable(written).nullable);
      const entry: MethodEntry = {
        method,
        namespace: guessNamespace(method, params),
        direction: u.direction,
        kind: u.kind,
        params,
        paramsOptional,
        ...(u.kind === 'notification' ? { result: null } : {}),
      };
      out.push(eventType === undefined ? entry : { ...entry, eventType });
    });
  }
  return out;
}

/** A bundle's methods with the results paired by name where the names allow it. */
export function protocolFromBundle(bundle: JsonObject, label = 'bundle'): Protocol {
  const methods = methodsFromBundle(bundle);
  const pairs = pairResults(bundle, methods);
  const paired = methods.map((m): MethodEntry => {
    const p = pairs.get(m.method);
    return p === undefined ? m : { ...m, result: p.result, resultFrom: p.source };
  });
  return { label, bundle, methods: paired, pairing: 'bundle names' };
}

export function protocolFromMeta(meta: MetaModel, bundle: JsonObject, label = 'meta model'): Protocol {
  const optional = new Map(methodsFromBundle(bundle).map((m) => [m.method, m.paramsOptional]));
  const methods = meta.methods.map((m): MethodEntry => {
    const paramsOptional = optional.get(m.method);
    const entry: MethodEntry = {
      method: m.method,
      // Meta models before version 2 call the API generation `namespace`.
      namespace: m.api ?? (m as unknown as { namespace: 'v1' | 'v2' }).namespace,
      direction: m.direction,
      kind: m.kind,
      params: m.params,
      ...(paramsOptional === undefined ? {} : { paramsOptional }),
      result: m.result,
      resultFrom: 'meta model',
      deprecated: m.deprecated,
    };
    return m.eventType === undefined ? entry : { ...entry, eventType: m.eventType };
  });
  // The release the meta model describes (meta models before version 2 carry only the package version).
  return { label, version: meta.release ?? meta.version, bundle, methods, pairing: 'meta model' };
}

export function isMetaModel(value: unknown): value is MetaModel {
  return isObject(value) && Array.isArray(value.methods) && typeof value.schema === 'string';
}

/** A file the diff refuses to read (not a protocol, or only part of one). */
export class InputError extends Error {}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

const HINT = 'pass a whole protocol bundle (codex_app_server_protocol.schemas.json) or its protocol.json';

/**
 * Why `doc` is not a whole protocol bundle, or undefined when it is one: a bundle must define all
 * four message unions, each listing at least one method (a single type's schema defines none; a
 * partial bundle, such as upstream's v2-only `codex_app_server_protocol.v2.schemas.json`, lacks
 * the server requests and client notifications, which a diff would then report as removed).
 */
export function bundleProblem(doc: unknown, path: string): string | undefined {
  if (!isObject(doc) || !isObject(doc.definitions))
    return `${path} is neither a schema bundle (no "definitions") nor a meta model (no "methods"); ${HINT}`;
  const defs = doc.definitions;
  const present = MESSAGE_UNIONS.filter((u) => u.name in defs).map((u) => u.name);
  const missing = MESSAGE_UNIONS.filter((u) => !(u.name in defs)).map((u) => u.name);
  if (present.length === 0)
    return `${path} is not a protocol bundle: it defines none of the message unions ${missing.join(', ')} (a single type's schema?); ${HINT}`;
  if (missing.length > 0) {
    return `${path} is a partial protocol bundle: it defines ${present.join(', ')} but not ${missing.join(', ')}, so the diff would report every method of ${missing.length === 1 ? 'that union' : 'those unions'} as removed; ${HINT}`;
  }
  const methods = methodsFromBundle(doc);
  const empty = MESSAGE_UNIONS.filter((u) => !methods.some((m) => m.direction === u.direction && m.kind === u.kind)).map((u) => u.name);
  if (empty.length > 0)
    return `${path} is not a protocol bundle: ${empty.join(', ')} list${empty.length === 1 ? 's' : ''} no method; ${HINT}`;
  return undefined;
}

/**
 * Why a document that has `methods` (so means to be a meta model) is not one, naming the first
 * member that is wrong and what it should hold; undefined for a good one or for another document.
 */
export function metaShapeProblem(doc: unknown, path: string): string | undefined {
  if (!isObject(doc) || !('methods' in doc)) return undefined;
  const wrong = (at: string, expected: string) => `${path} is not a meta model: ${at} must be ${expected}; ${HINT}`;
  if (!Array.isArray(doc.methods)) return wrong('methods', 'an array of methods');
  if (typeof doc.schema !== 'string') return wrong('schema', 'the file name of its bundle (a string)');
  for (const [i, m] of doc.methods.entries()) {
    const at = `methods[${i}]`;
    if (!isObject(m)) return wrong(at, 'an object');
    if (typeof m.method !== 'string' || m.method === '') return wrong(`${at}.method`, 'the method name (a non-empty string)');
    if (m.direction !== 'clientToServer' && m.direction !== 'serverToClient')
      return wrong(`${at}.direction`, '"clientToServer" or "serverToClient"');
    if (m.kind !== 'request' && m.kind !== 'notification') return wrong(`${at}.kind`, '"request" or "notification"');
    for (const key of ['params', 'result'] as const) {
      if (m[key] !== null && typeof m[key] !== 'string') return wrong(`${at}.${key}`, 'a pointer into the bundle (a string) or null');
    }
  }
  return undefined;
}

/** Why a meta model does not fit its bundle (a pointer that does not resolve), or undefined. */
function metaProblem(meta: MetaModel, bundle: unknown, path: string): string | undefined {
  for (const m of meta.methods) {
    for (const p of [m.params, m.result]) {
      if (typeof p === 'string' && resolvePointer(bundle, p) === undefined)
        return `${path}: ${m.method} points at ${p}, which its bundle does not define`;
    }
  }
  return undefined;
}

/**
 * Reads a protocol from a file: a meta model (its bundle is the `schema` file next to it) or a
 * bundle (paired with a `protocol.json` next to it that names it, when there is one). Throws an
 * `InputError` for a file that is not a whole protocol.
 */
export function loadProtocol(path: string): Protocol {
  const doc = readJson(path);
  const shape = metaShapeProblem(doc, path);
  if (shape !== undefined) throw new InputError(shape);
  if (isMetaModel(doc)) {
    const bundlePath = join(dirname(path), doc.schema);
    const bundle = readJson(bundlePath);
    if (!isObject(bundle) || !isObject(bundle.definitions))
      throw new InputError(`${bundlePath} (named by ${path}) is not a JSON Schema bundle`);
    const problem = metaProblem(doc, bundle, path);
    if (problem !== undefined) throw new InputError(problem);
    return protocolFromMeta(doc, bundle, path);
  }
  const problem = bundleProblem(doc, path);
  if (problem !== undefined) throw new InputError(problem);
  const bundle = doc as JsonObject;
  const sibling = join(dirname(path), 'protocol.json');
  if (existsSync(sibling)) {
    const meta = readJson(sibling);
    if (isMetaModel(meta) && meta.schema === basename(path) && metaProblem(meta, bundle, sibling) === undefined)
      return protocolFromMeta(meta, bundle, path);
  }
  return protocolFromBundle(bundle, path);
}
