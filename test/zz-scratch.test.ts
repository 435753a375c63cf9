import fc from 'fast-check';
import { it } from 'vitest';
import { SchemaArbitraries, Mutations } from './support/arbitrary.js';
import { loadBundle, bundleValidator } from './support/schemas.js';
import { methods } from '../src/registry.js';

it('scratch', () => {
  const arbs = new SchemaArbitraries(loadBundle());
  const muts = new Mutations(arbs);
  const keys = ['ClientRequest','ServerRequest','ServerNotification', ...methods.flatMap(m => [m.params?.key, m.result?.key]).filter((k): k is string => !!k)];
  const seen = new Set<string>();
  for (const key of keys) {
    const ms = fc.sample(arbs.valid(key).chain((v) => muts.of(v, arbs.definition(key))), { seed: 2, numRuns: 200 });
    for (const m of ms) if (m.label.startsWith('unknown-tag') && bundleValidator(key)(m.value)) { const l = key + ' ' + m.label; if (!seen.has(l)) { seen.add(l); console.log(l, JSON.stringify(m.value).slice(0, 300)); } }
  }
});
