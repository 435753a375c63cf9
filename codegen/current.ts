/**
 * The protocol as the definitions under src/ declare it (this needs TypeBox: it is the
 * development-time source of every output), and the outputs of that generation.
 */
import { definitionModules, topLevelDefs } from '../src/definitions.js';
import { methods } from '../src/registry.js';
import { collect, type Collection } from './collect.js';
import { Generation } from './context.js';
import type { DocFixture } from './docs-fixtures.js';
import type { MetaModel } from './emit-meta.js';
import * as generate from './generate.js';

let current: Generation | undefined;

export function currentGeneration(): Generation {
  current ??= new Generation({ collection: collect(definitionModules), methods, topLevel: topLevelDefs });
  return current;
}

/** All named definitions of the protocol, checked (unique names, every `$ref` resolves). */
export const protocolCollection = (g: Generation = currentGeneration()): Collection => g.collection;
/** The meta model (`protocol.json`). */
export const generateMeta = (g: Generation = currentGeneration()): MetaModel => g.meta;
export const generateJson = (g: Generation = currentGeneration()) => generate.generateJson(g);
export const generateTs = (g: Generation = currentGeneration()) => generate.generateTs(g);
export const generateValidators = (g: Generation = currentGeneration()) => generate.generateValidators(g);
export const generateDocs = (g: Generation = currentGeneration(), fixtures?: readonly DocFixture[]) => generate.generateDocs(g, fixtures);
