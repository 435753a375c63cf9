/**
 * The outputs, as pure functions of a generation (no I/O but the doc fixtures): the JSON folder
 * (bundle, standalone schemas, meta model), the TypeScript folder, the validators and the
 * protocol reference. `outputs.ts` lists them as one table; the command line and the drift
 * tests read it.
 */
import type { Generation } from './context.js';
import { loadDocFixtures, type DocFixture } from './docs-fixtures.js';
import { emitDocs } from './emit-docs.js';
import { emitMapsFile, emitTsFiles } from './emit-ts.js';
import { emitValidatorFiles } from './emit-validators.js';
import { mapHelpers, mapSpecsOf, MAPS_MODULE } from './maps.js';

/** Files of the JSON output folder, by relative path (the bundle, the standalone schemas, `protocol.json`). */
export function generateJson(g: Generation): Map<string, string> {
  return g.jsonFiles();
}

/** Files of the docs folder (`protocol.md`); examples come from the valid fixtures under test/fixtures/messages/<release>. */
export function generateDocs(g: Generation, fixtures: readonly DocFixture[] = loadDocFixtures(g.pkg.root, g.release)): Map<string, string> {
  return emitDocs(g.bundle, g.meta, fixtures);
}

/** Files of the TypeScript output folder, by relative path. */
export function generateTs(g: Generation): Map<string, string> {
  return emitTsFiles(g.collection, { file: MAPS_MODULE, source: emitMapsFile(mapSpecsOf(g.methods), mapHelpers, g.collection) });
}

/** Files of the validators folder (compiled from the bundle). */
export function generateValidators(g: Generation): Map<string, string> {
  return emitValidatorFiles(g.bundle, g.methods);
}
