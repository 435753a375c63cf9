/**
 * The whole export, as pure functions from the definitions to file contents (no I/O):
 * collect -> name -> emit JSON / emit TypeScript.
 */
import { definitionModules, topLevelDefs } from '../src/definitions.js';
import { methods } from '../src/registry.js';
import { collect, type Collection } from './collect.js';
import { BUNDLE_FILE, emitJsonFiles } from './emit-json.js';
import { emitValidatorFiles } from './emit-validators.js';
import { emitMapsFile, emitTsFiles } from './emit-ts.js';
import { MAPS_MODULE, mapHelpers, mapSpecs } from './maps.js';

let cached: Collection | undefined;

/** All named definitions of the protocol, checked (unique names, every `$ref` resolves). */
export function protocolCollection(): Collection {
  cached ??= collect(definitionModules);
  return cached;
}

/** Files of the JSON output folder, by relative path. */
export function generateJson(): Map<string, string> {
  return emitJsonFiles(protocolCollection(), methods, topLevelDefs);
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
