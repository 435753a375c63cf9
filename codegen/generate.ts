/**
 * The whole export, as pure functions from the definitions to file contents (no I/O):
 * collect -> name -> emit JSON / emit TypeScript.
 */
import { definitionModules, topLevelDefs } from '../src/definitions.js';
import { methods } from '../src/registry.js';
import { collect, type Collection } from './collect.js';
import { loadDocFixtures, type DocFixture } from './docs-fixtures.js';
import type { JsonObject } from './bundle.js';
import { emitDocs } from './emit-docs.js';
import { BUNDLE_FILE, emitBundle, emitJsonFiles } from './emit-json.js';
import { META_FILE, emitMeta, packageInfo, serializeMeta, type MetaModel } from './emit-meta.js';
import { emitValidatorFiles } from './emit-validators.js';
import { emitMapsFile, emitTsFiles } from './emit-ts.js';
import { MAPS_MODULE, mapHelpers, mapSpecs } from './maps.js';

let cached: Collection | undefined;

/** All named definitions of the protocol, checked (unique names, every `$ref` resolves). */
export function protocolCollection(): Collection {
  cached ??= collect(definitionModules);
  return cached;
}

/** The meta model (`protocol.json`): every method and named type, with pointers into the bundle. */
export function generateMeta(): MetaModel {
  return emitMeta(protocolCollection(), methods, packageInfo());
}

/** Files of the JSON output folder, by relative path (the bundle, the standalone schemas, `protocol.json`). */
export function generateJson(): Map<string, string> {
  const files = emitJsonFiles(protocolCollection(), methods, topLevelDefs);
  files.set(META_FILE, serializeMeta(generateMeta()));
  return files;
}

/** Files of the docs folder (`protocol.md`); examples come from the valid fixtures under test/fixtures/messages. */
export function generateDocs(fixtures: readonly DocFixture[] = loadDocFixtures(packageInfo().root)): Map<string, string> {
  return emitDocs(emitBundle(protocolCollection()) as JsonObject, generateMeta(), fixtures);
}

/** Files of the TypeScript output folder, by relative path. */
export async function generateTs(): Promise<Map<string, string>> {
  const c = protocolCollection();
  return emitTsFiles(c, { file: MAPS_MODULE, source: emitMapsFile(mapSpecs, mapHelpers, c) });
}

/** Files of the precompiled validators folder (compiled from the generated bundle). */
export function generateValidators(json: ReadonlyMap<string, string> = generateJson()): Map<string, string> {
  return emitValidatorFiles(JSON.parse(json.get(BUNDLE_FILE)!), methods);
}
