/**
 * generated/ (and docs/) hold what the generator produces, byte for byte, for every output of
 * the table in codegen/outputs.ts; and the generator is deterministic: the same bytes whatever
 * the order the definitions are found in.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Generation } from '../codegen/context.js';
import { currentGeneration } from '../codegen/current.js';
import { listFiles } from '../codegen/files.js';
import { generateJson, generateValidators, protocolCollection } from '../codegen/current.js';
import { OUTPUTS } from '../codegen/outputs.js';
import { diffFolder, withManifest } from '../codegen/write.js';
import { collectDefs } from '../codegen/collect.js';
import { protocolFor } from '../src/protocol.js';
import { RELEASES, type Release } from '../src/releases.js';
import { isDef } from '../src/schema.js';
import { outputPath, repoRoot } from './support/schemas.js';

const sourceFiles = (dir: string) =>
  listFiles(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
const folderOf = (o: (typeof OUTPUTS)[number], release: Release) => join(repoRoot, outputPath(o, release));

describe('generated/', () => {
  for (const release of RELEASES) {
    for (const o of OUTPUTS) {
      it(`holds exactly the ${o.name} output of ${release} the generator emits (run \`npm run export\` when this fails)`, async () => {
        const diff = diffFolder(folderOf(o, release), withManifest(await o.generate(currentGeneration(release))));
        // docs/ is shared with hand-written pages (and the folders of other releases): those are the only files of others allowed.
        expect({ ...diff, foreign: o.shared ? [] : diff.foreign }).toEqual({ missing: [], changed: [], stale: [], foreign: [] });
      });
    }
  }

  it('emits the same bytes when the definitions come in another order', () => {
    for (const release of RELEASES) {
      const p = protocolFor(release);
      const again = (defs: typeof p.defs) =>
        generateJson(
          new Generation({
            release,
            collection: collectDefs(defs),
            methods: p.methods,
            topLevel: p.topLevel,
            typeRanges: currentGeneration(release).source.typeRanges,
          }),
        );
      const reversed = again([...p.defs].reverse());
      const shuffled = again([...p.defs.slice(7), ...p.defs.slice(0, 7)]);
      expect([...reversed.keys()]).toEqual([...shuffled.keys()]);
      for (const [path, text] of reversed) expect(shuffled.get(path), path).toBe(text);
      expect(reversed).toEqual(generateJson(currentGeneration(release)));
    }
  });

  it('emits the same validators on every run', () => {
    const p = protocolFor('0.64.0');
    const g = () => new Generation({ release: '0.64.0', collection: collectDefs(p.defs), methods: p.methods, topLevel: p.topLevel });
    expect(generateValidators(g())).toEqual(generateValidators(g()));
  });

  it('collects every definition declared under src/ (src/definitions.ts lists every module), each exported under its own name', async () => {
    const declared = new Map(RELEASES.flatMap((r) => protocolCollection(currentGeneration(r)).defs.map((d) => [d.key, d] as const)));
    const missing: string[] = [];
    const misnamed: string[] = [];
    let defs = 0;
    for (const folder of ['core', 'v1', 'v2']) {
      for (const file of sourceFiles(join(repoRoot, 'src', folder))) {
        const mod = (await import(file)) as Record<string, unknown>;
        for (const [name, value] of Object.entries(mod)) {
          if (!isDef(value)) continue;
          defs++;
          if (!declared.has(value.key)) missing.push(`${file.slice(repoRoot.length)}: ${name}`);
          // Exported under its own name, so a search for the wire name finds its definition.
          if (name !== value.name) misnamed.push(`${file.slice(repoRoot.length)}: ${name} declares ${value.name}`);
        }
      }
    }
    expect(defs).toBeGreaterThan(0);
    expect(missing).toEqual([]);
    expect(misnamed).toEqual([]);
  });
});
