/**
 * Conformance: every captured or hand-written payload under test/fixtures/messages/<release>
 * gets its expected verdict from Ajv on that release's bundle, from TypeBox on the definitions
 * projected to the release and from the release's runtime, and Ajv's error names the failing path.
 */
import { describe, expect, it } from 'vitest';
import { allFixtures, check } from './support/fixtures.js';

const fixtures = allFixtures();

describe('conformance fixtures', () => {
  it('are well-formed', () => {
    expect(fixtures.length).toBeGreaterThan(100);
    for (const f of fixtures) {
      expect(['clientToServer', 'serverToClient'], f.file).toContain(f.direction);
      expect(['request', 'notification', 'response'], f.file).toContain(f.kind);
      expect(typeof f.valid, f.file).toBe('boolean');
      expect(f.description.length, f.file).toBeGreaterThan(10);
      if (!f.valid) expect(f.expectedErrorPath ?? f.expectedErrorPaths?.[0], `${f.file} names the failing path`).toBeTypeOf('string');
    }
  });

  it('pair every seed payload that a later change made invalid with a valid current-shape counterpart', () => {
    // A payload that only carries a key a later change dropped stays valid (objects are open);
    // one that lacks what a later change added, or uses a renamed method or reshaped value, does not.
    const superseded = fixtures.filter((f) => f.supersededBy !== undefined && !f.valid);
    expect(superseded.length).toBeGreaterThanOrEqual(5);
    for (const f of superseded) {
      const counterpart = fixtures.find((g) => g.release === f.release && g.file === f.file.replace(/\.json$/, '.current.json'));
      expect(counterpart?.valid, `${f.file} has a valid .current.json counterpart`).toBe(true);
    }
  });

  for (const f of fixtures) {
    it(`${f.release}/${f.file}: ${f.valid ? 'valid' : 'invalid'}`, () => {
      const v = check(f);
      expect(v.ajv, `Ajv verdict; errors: ${v.errors}`).toBe(f.valid);
      expect(v.typebox, 'TypeBox verdict').toBe(f.valid);
      expect(v.runtime, 'runtime verdict').toBe(f.valid);
      if (!f.valid) {
        const expected = f.expectedErrorPaths ?? [f.expectedErrorPath!];
        expect(
          v.paths.some((p) => expected.includes(p)),
          `Ajv names one of ${expected.join(', ')}; it named ${v.paths.join(', ')}`,
        ).toBe(true);
      }
    });
  }
});
