/**
 * A generation made from a shipped JSON folder (the bundle and protocol.json), not from the
 * TypeBox definitions: what the installed package's `generate-json-schema` and `generate-ts`
 * commands write from, with no dependency at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Def, Namespace } from '../src/def.js';
import type { Json } from '../src/json.js';
import type { MethodSpec } from '../src/method.js';
import { NEWEST, type Release } from '../src/releases.js';
import { bundleDefinitions, definitionKey, type JsonObject } from './bundle.js';
import { byCodeUnit, type Collection } from './collect.js';
import { Generation } from './context.js';
import { listFiles } from './files.js';
import { BUNDLE_FILE } from './emit-json.js';
import { META_FILE, packageInfo, type MetaModel } from './emit-meta.js';
import { MANIFEST_FILE } from './write.js';

/** `#/definitions/v2/Thread` references back to definition keys (`v2/Thread`), as the definitions write them. */
function keyRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(keyRefs);
  if (typeof node !== 'object' || node === null) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === '$ref' && typeof v === 'string' ? definitionKey(v) : keyRefs(v);
  return out;
}

class ShippedGeneration extends Generation {
  constructor(
    private readonly dir: string,
    private readonly shippedBundle: JsonObject,
    private readonly shippedMeta: MetaModel,
  ) {
    super({
      release: shippedMeta.release,
      collection: collectionOf(shippedBundle),
      methods: methodsOf(shippedMeta, collectionOf(shippedBundle)),
      topLevel: [],
      typeRanges: new Map(
        shippedMeta.types.map((t) => [
          definitionKey(t.pointer),
          { since: t.since, ...(t.removed === undefined ? {} : { removed: t.removed }) },
        ]),
      ),
    });
  }

  override get bundle(): JsonObject {
    return this.shippedBundle;
  }

  override get meta(): MetaModel {
    return this.shippedMeta;
  }

  /** The shipped JSON files themselves: they are the generated output. */
  override jsonFiles(): Map<string, string> {
    return new Map(
      listFiles(this.dir)
        .filter((f) => f !== MANIFEST_FILE)
        .map((f) => [f, readFileSync(join(this.dir, f), 'utf8')]),
    );
  }
}

const collections = new WeakMap<JsonObject, Collection>();

function collectionOf(bundle: JsonObject): Collection {
  let c = collections.get(bundle);
  if (c !== undefined) return c;
  const defs: Def[] = bundleDefinitions(bundle).map(([pointer, schema]) => {
    const key = definitionKey(pointer);
    const ns: Namespace = key.startsWith('v2/') ? 'v2' : 'root';
    return Object.freeze({ kind: 'def' as const, ns, name: key.split('/').pop()!, key, schema: keyRefs(schema as Json) as never });
  });
  defs.sort((a, b) => byCodeUnit(`${a.ns === 'root' ? 0 : 1}:${a.name}`, `${b.ns === 'root' ? 0 : 1}:${b.name}`));
  c = { defs, byKey: new Map(defs.map((d) => [d.key, d])) };
  collections.set(bundle, c);
  return c;
}

function methodsOf(meta: MetaModel, c: Collection): MethodSpec[] {
  const def = (pointer: string | null): Def | null => {
    if (pointer === null) return null;
    const d = c.byKey.get(definitionKey(pointer));
    if (d === undefined) throw new Error(`protocol.json names ${pointer}, which the bundle does not define`);
    return d;
  };
  return meta.methods.map((m) => ({
    method: m.method,
    api: m.api,
    since: m.since,
    ...(m.removed === undefined ? {} : { removed: m.removed }),
    ...(m.experimental === true ? { experimental: true as const } : {}),
    direction: m.direction,
    kind: m.kind,
    params: def(m.params),
    ...(m.paramsOptional === true ? { paramsOptional: true as const } : {}),
    result: def(m.result),
    description: m.description,
    ...(m.deprecated === null ? {} : { deprecated: m.deprecated }),
    ...(m.unstable === null ? {} : { unstable: m.unstable }),
    ...(m.eventType === undefined ? {} : { eventType: m.eventType }),
    ...(m.streaming === true ? { streaming: true as const } : {}),
  }));
}

/** The JSON folder this package ships for a release. */
export function shippedJsonFolder(release: Release = NEWEST): string {
  return join(packageInfo().root, 'generated', release === NEWEST ? 'json' : join('releases', release, 'json'));
}

/** The generation of a JSON folder (default: the one this package ships for the newest release). */
export function shippedGeneration(release: Release = NEWEST, dir = shippedJsonFolder(release)): Generation {
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as JsonObject;
  return new ShippedGeneration(dir, read(BUNDLE_FILE), read(META_FILE) as unknown as MetaModel);
}
