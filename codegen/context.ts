/**
 * One generation: the protocol as collected from the definitions (named types, the method
 * registry, the types that get a file of their own at the top), plus everything derived from it
 * that more than one output needs, each computed once (the bundle, the meta model).
 */
import { definitionModules, topLevelDefs } from '../src/definitions.js';
import type { MethodSpec } from '../src/method.js';
import { methods } from '../src/registry.js';
import type { Def } from '../src/schema.js';
import type { JsonObject } from './bundle.js';
import { collect, type Collection } from './collect.js';
import { emitBundle } from './emit-json.js';
import { emitMeta, packageInfo, type MetaModel, type PackageInfo } from './emit-meta.js';

/** What a generation is made from. */
export interface ProtocolSource {
  readonly collection: Collection;
  readonly methods: readonly MethodSpec[];
  /** Definitions that get a standalone JSON file at the top of the JSON folder. */
  readonly topLevel: readonly Def[];
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
    this.#meta ??= emitMeta(this.source.collection, this.source.methods, this.pkg, this.bundle);
    return this.#meta;
  }
}

let current: Generation | undefined;

/** The protocol as the definitions under src/ declare it. */
export function currentGeneration(): Generation {
  current ??= new Generation({ collection: collect(definitionModules), methods, topLevel: topLevelDefs });
  return current;
}
