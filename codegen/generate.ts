/**
 * The outputs, as pure functions of a generation (no I/O): the JSON folder (bundle, standalone
 * schemas, meta model), the TypeScript folder, the precompiled validators and the protocol
 * reference. `outputs.ts` lists them as one table; the command line and the drift tests read it.
 */
import type { Collection } from './collect.js';
import { currentGeneration, type Generation } from './context.js';
import { loadDocFixtures, type DocFixture } from './docs-fixtures.js';
import { emitDocs } from './emit-docs.js';
import { emitJsonFiles } from './emit-json.js';
import { META_FILE, serializeMeta, type MetaModel } from './emit-meta.js';
import { emitMapsFile, emitTsFiles } from './emit-ts.js';
import { emitValidatorFiles } from './emit-validators.js';
import { mapHelpers, mapSpecsOf, MAPS_MODULE } from './maps.js';

/** All named definitions of the protocol, checked (unique names, every `$ref` resolves). */
export function protocolCollection(g: Generation = currentGeneration()): Collection {
  return g.collection;
}

/** The meta model (`protocol.json`): every method and named type, with pointers into the bundle. */
export function generateMeta(g: Generation = currentGeneration()): MetaModel {
  return g.meta;
}

/** Files of the JSON output folder, by relative path (the bundle, the standalone schemas, `protocol.json`). */
export function generateJson(g: Generation = currentGeneration()): Map<string, string> {
  const files = emitJsonFiles(g.collection, g.methods, g.source.topLevel, g.bundle);
  files.set(META_FILE, serializeMeta(g.meta));
  return files;
}

/** Files of the docs folder (`protocol.md`); examples come from the valid fixtures under test/fixtures/messages. */
export function generateDocs(g: Generation = currentGeneration(), fixtures: readonly DocFixture[] = loadDocFixtures(g.pkg.root)): Map<string, string> {
  return emitDocs(g.bundle, g.meta, fixtures);
}

/** Files of the TypeScript output folder, by relative path. */
export async function generateTs(g: Generation = currentGeneration()): Promise<Map<string, string>> {
  return emitTsFiles(g.collection, { file: MAPS_MODULE, source: emitMapsFile(mapSpecsOf(g.methods), mapHelpers, g.collection) });
}

/** Files of the precompiled validators folder (compiled from the bundle). */
export function generateValidators(g: Generation = currentGeneration()): Map<string, string> {
  return emitValidatorFiles(g.bundle, g.methods);
}
