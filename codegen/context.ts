/**
 * One generation: the protocol as collected (named types, the method registry, the types that
 * get a file of their own at the top), plus what more than one output needs, each computed once
 * (the bundle, the meta model). Nothing here needs TypeBox: a generation is made from the
 * definitions (current.ts) or from a shipped JSON folder (shipped.ts).
 */
import type { Def } from '../src/def.js';
import type { Release, ReleaseRange } from '../src/releases.js';
import type { MethodSpec } from '../src/method.js';
import type { JsonObject } from './bundle.js';
import type { Collection } from './collect.js';
import { emitBundle, emitJsonFiles } from './emit-json.js';
import { emitMeta, META_FILE, packageInfo, serializeMeta, type MetaModel, type PackageInfo } from './emit-meta.js';

/** What a generation is made from. */
export interface ProtocolSource {
  /** The release described. */
  readonly release: Release;
  readonly collection: Collection;
  readonly methods: readonly MethodSpec[];
  /** Definitions that get a standalone JSON file at the top of the JSON folder. */
  readonly topLevel: readonly Def[];
  /** The releases each named type exists in, by key (for the meta model's `since`/`removed`). */
  readonly typeRanges?: ReadonlyMap<string, ReleaseRange>;
}

export class Generation {
  #bundle: JsonObject | undefined;
  #meta: MetaModel | undefined;

  constructor(
    readonly source: ProtocolSource,
    readonly pkg: PackageInfo = packageInfo(),
  ) {}

  get collection(): Collection {
    return this.source.collection;
  }

  get release(): Release {
    return this.source.release;
  }

  get methods(): readonly MethodSpec[] {
    return this.source.methods;
  }

  /** The JSON Schema bundle (built once). */
  get bundle(): JsonObject {
    this.#bundle ??= emitBundle(this.source.collection) as JsonObject;
    return this.#bundle;
  }

  /** The meta model, `protocol.json` (built once). */
  get meta(): MetaModel {
    this.#meta ??= emitMeta(
      this.source.collection,
      this.source.methods,
      this.pkg,
      { release: this.release, typeRanges: this.source.typeRanges ?? new Map() },
      this.bundle,
    );
    return this.#meta;
  }

  /** Files of the JSON output folder: the bundle, one schema per message type, `protocol.json`. */
  jsonFiles(): Map<string, string> {
    const files = emitJsonFiles(this.collection, this.methods, this.source.topLevel, this.bundle);
    files.set(META_FILE, serializeMeta(this.meta));
    return files;
  }
}
