/**
 * Stage 3a: emit JSON Schema. A draft-07 bundle with root definitions and `definitions.v2`,
 * plus one self-contained file per message type whose `$ref`s resolve inside that file.
 */
import type { MethodSpec } from '../src/method.js';
import type { Def } from '../src/def.js';
import { byCodeUnit, closure, type Collection } from './collect.js';
import { DISPATCH_FILE, emitDispatchBundle } from './emit-dispatch.js';
import { pointer } from './name.js';
import type { Json, JsonObject } from '../src/json.js';

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
export const BUNDLE_FILE = 'codex_app_server_protocol.schemas.json';

/** Plain JSON copy of a schema (TypeBox's hidden markers dropped) with `$ref` keys turned into pointers. */
export function toJsonSchema(schema: unknown): Json {
  const rewrite = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (typeof node !== 'object' || node === null) return node;
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === '$ref' && typeof v === 'string' ? pointer(v) : rewrite(v);
    return out;
  };
  return rewrite(JSON.parse(JSON.stringify(schema)) as Json);
}

/** `definitions` object for a set of defs: root names at the top, v2 names under `v2`. */
function definitionsOf(defs: readonly Def[]): { [key: string]: Json } {
  const root: { [key: string]: Json } = {};
  const v2: { [key: string]: Json } = {};
  for (const d of defs) (d.ns === 'root' ? root : v2)[d.name] = toJsonSchema(d.schema);
  if (Object.keys(v2).length > 0) root.v2 = v2;
  return root;
}

export function emitBundle(c: Collection): Json {
  return {
    $schema: DRAFT_07,
    title: 'CodexAppServerProtocol',
    description:
      "Codex app-server protocol (codex-cli 0.64.0 wire format). Tagged unions carry Ajv's `discriminator` keyword: compile with `new Ajv({ discriminator: true })`.",
    type: 'object',
    definitions: definitionsOf(c.defs),
  };
}

/** A standalone schema for one definition, carrying every definition it reaches. */
export function emitStandalone(d: Def, c: Collection): Json {
  const body = toJsonSchema(d.schema) as { [key: string]: Json };
  const reached = closure(d, c.byKey).sort((a, b) => byCodeUnit(a.key, b.key));
  const out: { [key: string]: Json } = { $schema: DRAFT_07, title: d.name, ...body };
  if (reached.length > 0) out.definitions = definitionsOf(reached);
  return out;
}

/**
 * Which definitions get a standalone file, and where: params/results of v1 methods under `v1/`,
 * of v2 methods under `v2/`, the envelope and the message unions at the top.
 */
export function standaloneFiles(c: Collection, methods: readonly MethodSpec[], topLevel: readonly Def[]): Map<string, Def> {
  const files = new Map<string, Def>();
  const place = (folder: string, d: Def): void => {
    const path = `${folder}${d.name}.json`;
    const existing = files.get(path);
    if (existing !== undefined && existing !== d) throw new Error(`two standalone schemas would be written to ${path}`);
    files.set(path, d);
  };
  for (const d of topLevel) place('', d);
  for (const m of methods) {
    for (const d of [m.params, m.result]) {
      if (d === null) continue;
      if (!c.byKey.has(d.key)) throw new Error(`${m.method} uses ${d.key}, which was not collected`);
      place(d.ns === 'v2' ? 'v2/' : m.api === 'v1' ? 'v1/' : '', d);
    }
  }
  return files;
}

export function serializeJson(value: Json): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function emitJsonFiles(
  c: Collection,
  methods: readonly MethodSpec[],
  topLevel: readonly Def[],
  bundle: Json = emitBundle(c),
): Map<string, string> {
  const out = new Map<string, string>();
  out.set(BUNDLE_FILE, serializeJson(bundle));
  out.set(DISPATCH_FILE, serializeJson(emitDispatchBundle(bundle as JsonObject)));
  for (const [path, d] of standaloneFiles(c, methods, topLevel)) out.set(path, serializeJson(emitStandalone(d, c)));
  return out;
}
