/**
 * The TypeScript emitter writes its files in final form: prettier (width 100, the settings the
 * repository formats with) changes nothing, for every generated file and for generated schemas
 * of every shape the emitter prints (long unions, unions of objects, nested objects, arrays of
 * unions, maps, intersections, quotes in literals).
 */
import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { collect } from '../codegen/collect.js';
import { currentGeneration } from '../codegen/current.js';
import { emitTypeFile } from '../codegen/emit-ts.js';
import { generateTs } from '../codegen/generate.js';
import type { Def } from '../src/def.js';
import { RELEASES } from '../src/releases.js';

const format = (text: string) => prettier.format(text, { parser: 'typescript', printWidth: 100 });

describe('generated TypeScript is in final form', () => {
  it('prettier changes no generated file, of any release', async () => {
    const changed: string[] = [];
    for (const release of RELEASES) {
      const files = generateTs(currentGeneration(release));
      expect(files.size).toBeGreaterThan(0);
      for (const [path, text] of files) if ((await format(text)) !== text) changed.push(`${release}/${path}`);
    }
    expect(changed).toEqual([]);
  });

  it('prettier changes nothing for generated schemas of every shape the emitter prints (2,000 cases)', async () => {
    const word = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,30}$/);
    const literal = fc.oneof(word, fc.constantFrom("it's", 'say "hi"', 'a/b-c', 'x'.repeat(60)));
    const description = fc.option(fc.oneof(fc.lorem({ maxCount: 30 }), fc.constant('line one\nline two')), { nil: undefined });
    const schema = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom({ type: 'string' }, { type: 'integer' }, { type: 'boolean' }, { $ref: 'Other' }, {}),
        fc.array(literal, { minLength: 1, maxLength: 8 }).map((values) => ({ type: 'string', enum: [...new Set(values)] })),
        tie('node').map((items) => ({ type: 'array', items })),
        fc
          .tuple(tie('node'), description)
          .map(([inner, d]) => ({ anyOf: [inner, { type: 'null' }], ...(d === undefined ? {} : { description: d }) })),
        fc.dictionary(word, fc.tuple(tie('node'), description, fc.boolean()), { minKeys: 1, maxKeys: 5 }).map((props) => ({
          type: 'object',
          required: Object.entries(props)
            .filter(([, [, , r]]) => r)
            .map(([k]) => k),
          properties: Object.fromEntries(
            Object.entries(props).map(([k, [s, d]]) => [k, d === undefined ? s : { ...(s as object), description: d }]),
          ),
        })),
        tie('node').map((v) => ({ type: 'object', additionalProperties: v })),
        fc.array(fc.tuple(word, tie('node'), description), { minLength: 2, maxLength: 5 }).map((branches) => ({
          type: 'object',
          oneOf: branches.map(([tag, fields, d], i) => ({
            type: 'object',
            required: ['type'],
            properties: { type: { type: 'string', const: `${tag}${i}` }, value: fields },
            ...(d === undefined ? {} : { description: d }),
          })),
          discriminator: { propertyName: 'type' },
        })),
      ),
    })).node;
    const other: Def = { kind: 'def', ns: 'root', name: 'Other', key: 'Other', schema: { type: 'string' } as never };
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(schema, description, async (s, d) => {
        const def: Def = {
          kind: 'def',
          ns: 'root',
          name: 'Shape',
          key: 'Shape',
          schema: { ...(s as object), ...(d === undefined ? {} : { description: d }) } as never,
        };
        const text = emitTypeFile(def, collect([{ def, other }]));
        const formatted = await format(text);
        if (formatted !== text && failures.length < 3) failures.push(`--- ours\n${text}\n--- prettier\n${formatted}`);
        expect(formatted).toBe(text);
      }),
      { seed: 20261201, numRuns: 2_000 },
    );
    expect(failures).toEqual([]);
  });
});
