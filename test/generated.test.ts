/**
 * generated/ is what the generator produces, byte for byte, and the generator is deterministic:
 * the same bytes whatever the order the definitions are found in.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../codegen/collect.js';
import { emitJsonFiles } from '../codegen/emit-json.js';
import { META_FILE, emitMeta, packageInfo, serializeMeta } from '../codegen/emit-meta.js';
import { generateDocs, generateJson, generateTs, generateValidators, protocolCollection } from '../codegen/generate.js';
import { isDef } from '../src/schema.js';
import { run } from '../codegen/cli.js';
import { diffTree, listFiles } from '../codegen/write.js';
import { definitionModules, topLevelDefs } from '../src/definitions.js';
import { methods } from '../src/registry.js';
import { generatedJsonDir, generatedTsDir, repoRoot } from './support/schemas.js';

const sourceFiles = (dir: string) => listFiles(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));

describe('generated/', () => {
  it('holds exactly the JSON the generator emits (run `npm run export` when this fails)', () => {
    expect(diffTree(generatedJsonDir, generateJson())).toEqual({ missing: [], changed: [], extra: [] });
  });

  it('holds exactly the TypeScript the generator emits (run `npm run export` when this fails)', async () => {
    expect(diffTree(generatedTsDir, await generateTs())).toEqual({ missing: [], changed: [], extra: [] });
  });

  it('holds in docs/ exactly the protocol reference the generator emits (run `npm run export` when this fails)', () => {
    // docs/ is shared with hand-written pages: only the generated files are compared.
    const { missing, changed } = diffTree(join(repoRoot, 'docs'), generateDocs());
    expect({ missing, changed }).toEqual({ missing: [], changed: [] });
  });

  it('holds exactly the precompiled validators the generator emits, the same bytes on every run', () => {
    const first = generateValidators();
    expect(diffTree(join(repoRoot, 'generated', 'validators'), first)).toEqual({ missing: [], changed: [], extra: [] });
    expect(generateValidators()).toEqual(first);
  });

  it('emits the same bytes when the definition modules come in another order', () => {
    const reversed = collect([...definitionModules].reverse());
    const shuffled = collect([...definitionModules.slice(7), ...definitionModules.slice(0, 7)]);
    const a = emitJsonFiles(reversed, methods, topLevelDefs);
    const b = emitJsonFiles(shuffled, methods, topLevelDefs);
    a.set(META_FILE, serializeMeta(emitMeta(reversed, methods, packageInfo())));
    b.set(META_FILE, serializeMeta(emitMeta(shuffled, methods, packageInfo())));
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
    expect(a).toEqual(generateJson());
  });

  it('--check passes on generated/ and fails (exit 1, naming the file) on a stale copy', async () => {
    const lines: string[] = [];
    expect(await run('generate-json-schema', ['--out', generatedJsonDir, '--check'], (l) => lines.push(l))).toBe(0);
    const copy = mkdtempSync(join(tmpdir(), 'stale-'));
    try {
      cpSync(generatedJsonDir, copy, { recursive: true });
      writeFileSync(join(copy, 'v2', 'TurnStartParams.json'), '{}\n');
      writeFileSync(join(copy, 'Leftover.json'), '{}\n');
      lines.length = 0;
      expect(await run('generate-json-schema', ['--out', copy, '--check'], (l) => lines.push(l))).toBe(1);
      expect(lines.join('\n')).toMatch(/changed\s+v2\/TurnStartParams\.json/);
      expect(lines.join('\n')).toMatch(/extra\s+Leftover\.json/);
      // Writing repairs the copy: the stale file is rewritten and the extra one removed.
      expect(await run('generate-json-schema', ['--out', copy], () => {})).toBe(0);
      expect(diffTree(copy, generateJson())).toEqual({ missing: [], changed: [], extra: [] });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('rejects bad command lines with a usage message', async () => {
    const lines: string[] = [];
    expect(await run('generate-ts', [], (l) => lines.push(l))).toBe(2);
    expect(await run('generate-ts', ['--bogus'], (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toMatch(/usage: generate-ts --out DIR/);
  });

  it('collects every definition declared under src/v1 and src/v2 (src/definitions.ts lists every module)', async () => {
    const c = protocolCollection();
    const missing: string[] = [];
    let defs = 0;
    for (const file of [...sourceFiles(join(repoRoot, 'src', 'v1')), ...sourceFiles(join(repoRoot, 'src', 'v2'))]) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!isDef(value)) continue;
        defs++;
        if (c.byKey.get(value.key) !== value) missing.push(`${file.slice(repoRoot.length)}: ${name}`);
      }
    }
    expect(defs).toBeGreaterThan(250);
    expect(missing).toEqual([]);
  });
});
