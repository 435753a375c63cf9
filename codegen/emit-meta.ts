/**
 * Stage 3d: the meta model, `protocol.json`. One machine-readable index of the protocol, made
 * from the method registry and the emitted bundle: every method with its direction, kind,
 * namespace, params/result pointers into the bundle and its deprecation/unstable marks; every
 * named type with its pointer; and the package version. No timestamps: same input, same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Api, Direction, MethodKind, MethodSpec } from '../src/method.js';
import { OLDEST, RELEASES, type Release, type ReleaseRange } from '../src/releases.js';
import type { Namespace } from '../src/def.js';
import type { Collection } from './collect.js';
import { descriptionOf, eventView, isObject, objectFields, resolvePointer, type JsonObject, type SchemaNode } from './bundle.js';
import { BUNDLE_FILE, emitBundle } from './emit-json.js';
import { pointer } from './name.js';

export const META_FILE = 'protocol.json';
/** Version of the meta model's own layout; bump it when a key changes meaning. */
export const META_VERSION = 2;

/** A field marked unstable or experimental upstream, by its path from the params or result root. */
export interface MetaMark {
  /** `params.history`, `result.thread.path`, `result.data[].path`, ... (`[]`: array items, `{}`: map values). */
  readonly path: string;
  /** The field's description, which carries the mark. */
  readonly note: string;
}

export interface MetaMethod {
  readonly method: string;
  /** The API generation: `v1` (the legacy conversation API) or `v2` (threads, turns, items). */
  readonly api: Api;
  readonly direction: Direction;
  readonly kind: MethodKind;
  /** Pointer of the params type in the bundle; null when the method takes no params. */
  readonly params: string | null;
  /** Set when the params may be left out (or null): the server then uses its defaults. */
  readonly paramsOptional?: true;
  /** Pointer of the result type; null for notifications. */
  readonly result: string | null;
  readonly description: string;
  /** What to use instead, when the method is deprecated; otherwise null. */
  readonly deprecated: string | null;
  /** Why the method as a whole is unstable/experimental; otherwise null. */
  readonly unstable: string | null;
  /** Set on methods the server offers only to clients that opt in (`capabilities.experimentalApi`). */
  readonly experimental?: true;
  /** The first release with this method. */
  readonly since: Release;
  /** The first release without it, when it was removed. */
  readonly removed?: Release;
  /** For `codex/event/<type>`: the `EventMsg` type that `params.msg` carries ... */
  readonly eventType?: string;
  /** ... and the pointer of that variant inside the `EventMsg` union. */
  readonly eventMsg?: string;
  /** Fields of the params/result marked unstable or experimental (omitted when none). */
  readonly unstableFields?: readonly MetaMark[];
  /** Set on the notifications sent once per streamed chunk (text, reasoning and output deltas). */
  readonly streaming?: true;
}

export interface MetaType {
  readonly name: string;
  /** Output namespace: `root` or `v2` (`#/definitions/v2/...`). */
  readonly namespace: Namespace;
  readonly pointer: string;
  /** The first release with this type (as reached from that release's methods). */
  readonly since: Release;
  /** The first release after it without it, when it was removed. */
  readonly removed?: Release;
  /** Own fields marked unstable or experimental (omitted when none). */
  readonly unstableFields?: readonly MetaMark[];
}

export interface MetaModel {
  readonly metaVersion: number;
  /** npm package name and version of this schema of record. */
  readonly package: string;
  readonly version: string;
  /** The release this file describes exactly. */
  readonly release: Release;
  /** Every release the package carries, oldest first (the others have their own protocol.json). */
  readonly releases: readonly Release[];
  /** File name of the bundle the pointers point into (next to this file). */
  readonly schema: string;
  readonly methods: readonly MetaMethod[];
  readonly types: readonly MetaType[];
}

export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  /** Folder holding package.json. */
  readonly root: string;
}

/** A description or name that marks a field unstable/experimental, or undefined. */
export function unstableNote(name: string, schema: SchemaNode): string | undefined {
  const description = descriptionOf(schema) ?? '';
  if (/\[UNSTABLE\]/i.test(description) || /\bexperimental\b/i.test(description)) return description;
  if (/^experimental[A-Z_]/.test(name)) return description === '' ? `experimental (${name})` : `experimental: ${description}`;
  return undefined;
}

/** Marked fields reachable from `start`, each named by its path from `prefix`; each named type is entered once. */
export function unstableFields(doc: unknown, start: SchemaNode, prefix: string, entered = new Set<string>()): MetaMark[] {
  const out = new Map<string, MetaMark>();
  const walk = (node: SchemaNode | undefined, path: string): void => {
    if (!isObject(node)) return;
    if (typeof node.$ref === 'string') {
      if (entered.has(node.$ref)) return;
      entered.add(node.$ref);
      walk(resolvePointer(doc, node.$ref) as SchemaNode | undefined, path);
      return;
    }
    for (const f of objectFields(node)) {
      const fieldPath = `${path}.${f.name}`;
      const note = unstableNote(f.name, f.schema);
      if (note !== undefined && !out.has(fieldPath)) out.set(fieldPath, { path: fieldPath, note });
      walk(f.schema, fieldPath);
    }
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      const members = node[key];
      if (Array.isArray(members)) for (const m of members) walk(m as SchemaNode, path);
    }
    if (node.items !== undefined) walk(node.items as SchemaNode, `${path}[]`);
    if (isObject(node.additionalProperties)) walk(node.additionalProperties, `${path}{}`);
  };
  walk(start, prefix);
  return [...out.values()];
}

function methodEntry(spec: MethodSpec, c: Collection, bundle: JsonObject): MetaMethod {
  const ref = (d: MethodSpec['params']): string | null => {
    if (d === null) return null;
    if (!c.byKey.has(d.key)) throw new Error(`${spec.method} uses ${d.key}, which was not collected`);
    return pointer(d.key);
  };
  const params = ref(spec.params);
  const result = ref(spec.result);
  const entry: { -readonly [K in keyof MetaMethod]: MetaMethod[K] } = {
    method: spec.method,
    api: spec.api,
    direction: spec.direction,
    kind: spec.kind,
    params,
    ...(spec.paramsOptional === true ? { paramsOptional: true as const } : {}),
    result,
    description: spec.description,
    deprecated: spec.deprecated ?? null,
    unstable: spec.unstable ?? null,
    ...(spec.experimental === true ? { experimental: true as const } : {}),
    since: spec.since ?? OLDEST,
    ...(spec.removed === undefined ? {} : { removed: spec.removed }),
  };
  const marks: MetaMark[] = [];
  if (spec.eventType !== undefined) {
    if (params === null) throw new Error(`${spec.method} narrows params.msg but has no params`);
    const view = eventView(bundle, params, spec.eventType);
    if (view.variant === undefined || view.unionPointer === undefined)
      throw new Error(`${spec.method}: no EventMsg variant of type ${spec.eventType}`);
    entry.eventType = spec.eventType;
    entry.eventMsg = `${view.unionPointer}/${unionKey(bundle, view.unionPointer)}/${view.index}`;
    marks.push(...unstableFields(bundle, view.envelope, 'params'), ...unstableFields(bundle, view.variant, 'params.msg'));
  } else if (params !== null) marks.push(...unstableFields(bundle, { $ref: params }, 'params'));
  if (result !== null) marks.push(...unstableFields(bundle, { $ref: result }, 'result'));
  if (marks.length > 0) entry.unstableFields = marks;
  if (spec.streaming === true) entry.streaming = true;
  return entry;
}

function unionKey(bundle: JsonObject, unionPointer: string): string {
  const node = resolvePointer(bundle, unionPointer);
  return isObject(node) && Array.isArray(node.oneOf) ? 'oneOf' : 'anyOf';
}

/** Where the meta model of one release comes from. */
export interface MetaSource {
  readonly release: Release;
  /** The releases each named type exists in, by key (from every release's methods). */
  readonly typeRanges: ReadonlyMap<string, ReleaseRange>;
}

/** The meta model of a collection and a method registry. Pure. */
export function emitMeta(
  c: Collection,
  methods: readonly MethodSpec[],
  pkg: Pick<PackageInfo, 'name' | 'version'>,
  source: MetaSource,
  bundle: JsonObject = emitBundle(c) as JsonObject,
): MetaModel {
  const types = c.defs.map((d): MetaType => {
    const ptr = pointer(d.key);
    const own = objectFields(resolvePointer(bundle, ptr) as SchemaNode)
      .map((f) => ({ name: f.name, note: unstableNote(f.name, f.schema) }))
      .filter((f): f is { name: string; note: string } => f.note !== undefined)
      .map((f) => ({ path: f.name, note: f.note }));
    const range = source.typeRanges.get(d.key) ?? {};
    const base = {
      name: d.name,
      namespace: d.ns,
      pointer: ptr,
      since: range.since ?? OLDEST,
      ...(range.removed === undefined ? {} : { removed: range.removed }),
    };
    return own.length > 0 ? { ...base, unstableFields: own } : base;
  });
  return {
    metaVersion: META_VERSION,
    package: pkg.name,
    version: pkg.version,
    release: source.release,
    releases: RELEASES,
    schema: BUNDLE_FILE,
    methods: methods.map((m) => methodEntry(m, c, bundle)),
    types,
  };
}

export function serializeMeta(meta: MetaModel): string {
  return `${JSON.stringify(meta, null, 2)}\n`;
}

let cachedPackage: PackageInfo | undefined;

/** This package's name, version and folder, found by walking up from this module (works from codegen/ and dist/codegen/). */
export function packageInfo(): PackageInfo {
  if (cachedPackage !== undefined) return cachedPackage;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (typeof pkg.name === 'string' && typeof pkg.version === 'string' && pkg.name === 'codex-app-server-protocol') {
        cachedPackage = { name: pkg.name, version: pkg.version, root: dir };
        return cachedPackage;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the package.json of codex-app-server-protocol');
    dir = parent;
  }
}
