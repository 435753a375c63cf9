/**
 * Coverage of upstream's own export, per release: every method, params and result type name,
 * named type, property, string value and union variant of upstream's stable bundle (vendored
 * under upstream/<version>/) exists in our output for that release, except the deliberate
 * differences listed in docs/compat.md (rows of kind `missing-<fact>`, e.g. `missing-property`),
 * each with its reason. A listed row that no longer matches a missing fact is stale and fails too.
 *
 * Scope: all of 0.64.0; of 0.171.0, the methods 0.64.0 also has (the core flow) and every type
 * they reach. Widen SCOPE as more of 0.171.0's surface lands.
 */
import { describe, expect, it } from 'vitest';
import { loadProtocol } from '../codegen/diff/protocol.js';
import { bundleDefinitions, shortName } from '../codegen/bundle.js';
import { RELEASES, type Release } from '../src/releases.js';
import { locationMatches, readListedDifferences } from './support/compat-list.js';
import { factKey, protocolFacts, typeFacts, type Fact } from './support/coverage.js';
import { generatedJsonDir, repoRoot } from './support/schemas.js';

const upstreamBundle = (release: Release) => `${repoRoot}upstream/${release}/json/codex_app_server_protocol.schemas.json`;
const upstream0_64 = new Set(loadProtocol(upstreamBundle('0.64.0')).methods.map((m) => m.method));

/** Which upstream methods each release's coverage takes in. */
const SCOPE: { readonly [R in Release]: (method: string) => boolean } = {
  '0.64.0': () => true,
  '0.171.0': (method) => upstream0_64.has(method),
};

/** Our facts: every method of the release and every named type its bundle holds. */
function ourFacts(release: Release): Set<string> {
  const p = loadProtocol(`${generatedJsonDir(release)}/codex_app_server_protocol.schemas.json`);
  const facts: Fact[] = protocolFacts(p, () => true);
  for (const [pointer, schema] of bundleDefinitions(p.bundle)) {
    facts.push({ kind: 'type', location: shortName(pointer) }, ...typeFacts(p.bundle, shortName(pointer), schema, new Set()));
  }
  return new Set(facts.map(factKey));
}

const rows = readListedDifferences().filter((r) => r.kind.startsWith('missing-'));

for (const release of RELEASES) {
  describe(`coverage of upstream ${release}`, () => {
    const upstream = [
      ...new Map(protocolFacts(loadProtocol(upstreamBundle(release)), SCOPE[release]).map((f) => [factKey(f), f])).values(),
    ];
    const ours = ourFacts(release);
    const missing = upstream.filter((f) => !ours.has(factKey(f)));
    const mine = rows.filter((r) => r.release === release);
    const listed = (f: Fact) => mine.some((r) => r.kind === `missing-${f.kind}` && locationMatches(r.location, f.location));

    it("has every fact of upstream's export, or lists why not in docs/compat.md", () => {
      expect(upstream.length).toBeGreaterThan(0);
      expect(missing.filter((f) => !listed(f)).map(factKey)).toEqual([]);
    });

    it('lists no difference that is gone (every missing-* row of this release matches a missing fact)', () => {
      const stale = mine.filter((r) => !missing.some((f) => r.kind === `missing-${f.kind}` && locationMatches(r.location, f.location)));
      expect(stale.map((r) => `line ${r.line}: ${r.kind} ${r.location}`)).toEqual([]);
    });
  });
}
