/**
 * The protocol as the definitions under src/ declare it (this needs TypeBox: it is the
 * development-time source of every output), and the outputs of that generation.
 */
import { DECLARED, protocolFor, type ProtocolSources } from '../src/protocol.js';
import { NEWEST, RELEASES, type Release, type ReleaseRange } from '../src/releases.js';
import { collectDefs, type Collection } from './collect.js';
import { Generation } from './context.js';
import type { DocFixture } from './docs-fixtures.js';
import type { MetaModel } from './emit-meta.js';
import * as generate from './generate.js';

/** The releases each named type exists in: from the first release that reaches it to the first after the last one. */
function typeRanges(sources: ProtocolSources): Map<string, ReleaseRange> {
  const present = RELEASES.map((r) => new Set(protocolFor(r, sources).defs.map((d) => d.key)));
  const out = new Map<string, ReleaseRange>();
  for (const key of new Set(present.flatMap((keys) => [...keys]))) {
    const first = present.findIndex((keys) => keys.has(key));
    const last = present.length - 1 - [...present].reverse().findIndex((keys) => keys.has(key));
    out.set(key, { since: RELEASES[first]!, ...(last < RELEASES.length - 1 ? { removed: RELEASES[last + 1]! } : {}) });
  }
  return out;
}

const generations = new Map<Release, Generation>();

/** The generation of one release from `sources` (a scratch copy of the registry, say); not cached. */
export function generationOf(release: Release, sources: ProtocolSources): Generation {
  const p = protocolFor(release, sources);
  return new Generation({
    release,
    collection: collectDefs(p.defs),
    methods: p.methods,
    topLevel: p.topLevel,
    typeRanges: typeRanges(sources),
  });
}

/** The generation of one release (default: the newest) from the definitions under src/. */
export function currentGeneration(release: Release = NEWEST): Generation {
  let g = generations.get(release);
  if (g === undefined) {
    g = generationOf(release, DECLARED);
    generations.set(release, g);
  }
  return g;
}

/** All named definitions of the protocol, checked (unique names, every `$ref` resolves). */
export const protocolCollection = (g: Generation = currentGeneration()): Collection => g.collection;
/** The meta model (`protocol.json`). */
export const generateMeta = (g: Generation = currentGeneration()): MetaModel => g.meta;
export const generateJson = (g: Generation = currentGeneration()) => generate.generateJson(g);
export const generateTs = (g: Generation = currentGeneration()) => generate.generateTs(g);
export const generateValidators = (g: Generation = currentGeneration()) => generate.generateValidators(g);
export const generateDocs = (g: Generation = currentGeneration(), fixtures?: readonly DocFixture[]) => generate.generateDocs(g, fixtures);
