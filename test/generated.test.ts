/**
 * generated/ (and docs/) hold what the generator produces, byte for byte, for every output of
 * the table in codegen/outputs.ts; and the generator is deterministic: the same bytes whatever
 * the order the definitions are found in.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../codegen/collect.js';
import { Generation } from '../codegen/context.js';
import { currentGeneration } from '../codegen/current.js';
import { listFiles } from '../codegen/files.js';
import { generateJson, generateValidators, protocolCollection } from '../codegen/current.js';
import { OUTPUTS } from '../codegen/outputs.js';
import { diffFolder, withManifest } from '../codegen/write.js';
import { definitionModules, topLevelDefs } from '../src/definitions.js';
import { methods } from '../src/registry.js';
import { isDef } from '../src/schema.js';
import { repoRoot } from './support/schemas.js';

const sourceFiles = (dir: string) => listFiles(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
const folderOf = (o: (typeof OUTPUTS)[number]) => (o.name === 'docs' ? join(repoRoot, 'docs') : join(repoRoot, 'generated', o.folder));

describe('generated/', () => {
  for (const o of OUTPUTS) {
    it(`holds exactly the ${o.name} output the generator emits (run \`npm run export\` when this fails)`, async () => {
      const diff = diffFolder(folderOf(o), withManifest(await o.generate(currentGeneration())));
      // docs/ is shared with hand-written pages: those are the only files of others allowed.
      expect({ ...diff, foreign: o.shared ? [] : diff.foreign }).toEqual({ missing: [], changed: [], stale: [], foreign: [] });
    });
  }

  it('emits the same bytes when the definition modules come in another order', () => {
    const again = (modules: readonly Record<string, unknown>[]) => generateJson(new Generation({ collection: collect(modules), methods, topLevel: topLevelDefs }));
    const reversed = again([...definitionModules].reverse());
    const shuffled = again([...definitionModules.slice(7), ...definitionModules.slice(0, 7)]);
    expect([...reversed.keys()]).toEqual([...shuffled.keys()]);
    for (const [path, text] of reversed) expect(shuffled.get(path), path).toBe(text);
    expect(reversed).toEqual(generateJson());
  });

  it('emits the same validators on every run', () => {
    const g = () => new Generation({ collection: collect(definitionModules), methods, topLevel: topLevelDefs });
    expect(generateValidators(g())).toEqual(generateValidators(g()));
  });

  it('collects every definition declared under src/ (src/definitions.ts lists every module)', async () => {
    const c = protocolCollection();
    const missing: string[] = [];
    let defs = 0;
    for (const folder of ['v1', 'v2']) {
      for (const file of sourceFiles(join(repoRoot, 'src', folder))) {
        const mod = (await import(file)) as Record<string, unknown>;
        for (const [name, value] of Object.entries(mod)) {
          if (!isDef(value)) continue;
          defs++;
          if (c.byKey.get(value.key) !== value) missing.push(`${file.slice(repoRoot.length)}: ${name}`);
        }
      }
    }
    expect(defs).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
