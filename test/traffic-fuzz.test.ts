/**
 * Mutated real traffic: the messages captured from the real server (test/fixtures/wire) and the
 * valid conformance fixtures, each mutated (a required key dropped, a type changed, an unknown
 * tag, an enum or integer out of its set, extra nesting, `__proto__` keys), 100,000 times per
 * release, get one verdict from the runtime and from the partner set-up the README documents
 * (Ajv with `discriminator` and `strictNumbers` on the bundle's message unions), and from
 * TypeBox; none of them throws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELEASES, type Release } from '../src/releases.js';
import { runtimeFor } from '../src/runtime/index.js';
import { Mutations, SchemaArbitraries } from './support/arbitrary.js';
import { loadFixtures } from './support/fixtures.js';
import { bundleValidator, loadBundle, repoRoot, typeboxCheck } from './support/schemas.js';
import type { Schema } from './support/walk.js';

const RUNS = 100_000;
const SEED = 20261202;

type Direction = 'clientToServer' | 'serverToClient';
interface Seed {
  readonly message: Record<string, unknown>;
  readonly direction: Direction;
  readonly union: string;
}

const unionOf = (direction: Direction, request: boolean) =>
  request
    ? direction === 'clientToServer'
      ? 'ClientRequest'
      : 'ServerRequest'
    : direction === 'clientToServer'
      ? 'ClientNotification'
      : 'ServerNotification';

/** Requests and notifications of a release: its captured traffic and its valid fixtures. */
function seeds(release: Release): Seed[] {
  const out: Seed[] = [];
  const add = (message: Record<string, unknown>, direction: Direction) => {
    if (typeof message.method !== 'string') return;
    out.push({ message, direction, union: unionOf(direction, message.id !== undefined) });
  };
  const dir = join(repoRoot, 'test', 'fixtures', 'wire', release);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')) {
      const { from, message } = JSON.parse(line) as { from: string; message: Record<string, unknown> };
      add(message, from === 'client' ? 'clientToServer' : 'serverToClient');
    }
  }
  for (const f of loadFixtures(release)) if (f.valid && f.kind !== 'response') add(f.message as Record<string, unknown>, f.direction);
  return out;
}

for (const release of RELEASES) {
  describe(`mutated real traffic of ${release}`, () => {
    const all = seeds(release);
    const rt = runtimeFor(release);
    const bundle = loadBundle(release);
    const mutations = new Mutations(new SchemaArbitraries(bundle, { depth: 4, maxItems: 3 }));
    const unionSchema = (name: string) => (bundle.definitions as Record<string, Schema>)[name]!;

    it(`gives one verdict from the runtime, the partner Ajv set-up and TypeBox (${RUNS} cases)`, { timeout: 300_000 }, () => {
      // A release whose traffic the library does not accept yet has nothing to mutate from.
      const accepted = all.filter((s) => rt.parse(s.message, s.direction).ok);
      expect(accepted.length).toBeGreaterThan(0);
      let refused = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(...accepted).chain((s) => mutations.of(s.message, unionSchema(s.union)).map((m) => ({ seed: s, ...m }))),
          ({ seed, value, label }) => {
            const text = JSON.stringify(value);
            const runtime = rt.parse(text, seed.direction).ok;
            const ajv = bundleValidator(seed.union, release)(JSON.parse(text));
            const typebox = typeboxCheck(seed.union, JSON.parse(text), release);
            if (!runtime) refused++;
            if (runtime !== ajv || ajv !== typebox)
              throw new Error(`${label}: runtime ${runtime}, Ajv ${ajv}, TypeBox ${typebox}\n${text.slice(0, 2000)}`);
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
      // The mutations mostly break the message: a good share is refused.
      expect(refused).toBeGreaterThan(RUNS / 3);
    });
  });
}
