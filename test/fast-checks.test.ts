/**
 * The runtime's fast path: the fast-check compiler (codegen/checks/) and the explainer
 * (src/runtime/explain.ts) against Ajv on small schemas for each keyword they support, the
 * compiler's refusal of keywords it does not know, the generated routers, the method-name index,
 * and the depth bounds that let well-formed text skip the walk. (The 100,000-case differential in
 * fuzz.test.ts holds them to Ajv and TypeBox on the whole protocol.)
 */
import { Ajv } from 'ajv';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Compiler } from '../codegen/checks/compile.js';
import { checksSource, type MethodRow } from '../codegen/emit-validators.js';
// The routers and checks of 0.64.0: its event stream has the most streaming methods and the codex/event narrowing.
import { check, methodList, methods, router } from '../generated/releases/0.64.0/validators/index.js';
import type { JsonObject } from '../src/json.js';
import { nameIndex } from '../src/dispatch.js';
import { Explainer } from '../src/runtime/explain.js';
import { measure, messageNestsAtMost, nestsAtMost, nestsWithin } from '../src/runtime/limits.js';
import { methodsFor } from '../src/registry.js';
import { loadFixtures } from './support/fixtures.js';

type Obj = Record<string, unknown>;

const registry = methodsFor('0.64.0');

/** Compiles definitions (and method rows) with the fast-check compiler and loads the module. */
function load(
  definitions: Obj,
  table: MethodRow[] = [],
): { checks: Record<string, (v: unknown) => boolean>; routers: Record<string, (m: string, p: unknown) => number> } {
  const ids = [...new Set(table.map((r) => r.params).filter((p): p is string => p !== null))];
  const source = checksSource(new Map(Object.entries(definitions as Record<string, JsonObject>)), { ids, table }, () => ({}));
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs' });
  const module = { exports: {} as ReturnType<typeof load> };
  // oxlint-disable-next-line typescript/no-implied-eval -- loads the generated module under test
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}
const compile = (definitions: Obj) => load(definitions).checks;
/** The explainer's verdict: no issue is valid. */
const explains = (definitions: Obj, key: string) => (v: unknown) =>
  new Explainer({ definitions, checks: {} }).explain(key, v).issues.length === 0;

/** Ajv (strict, discriminator on) on the same definitions. */
function ajvCheck(definitions: Obj, key: string): (v: unknown) => boolean {
  const ajv = new Ajv({ strict: true, discriminator: true });
  ajv.addSchema({ $id: 'b', definitions });
  return ajv.getSchema(`b#/definitions/${key}`)!;
}

const cases: { name: string; definitions: Obj; values: unknown[] }[] = [
  {
    name: 'required, optional and nullable properties; types; open objects',
    definitions: {
      T: {
        type: 'object',
        required: ['s', 'n', 'any'],
        properties: {
          s: { type: 'string' },
          n: { anyOf: [{ type: 'integer', minimum: 0, maximum: 9 }, { type: 'null' }] },
          b: { type: 'boolean' },
          f: { type: 'number' },
          any: {},
        },
      },
    },
    values: [
      { s: 'a', n: 1, any: 0 },
      { s: 'a', n: null, any: null, extra: [1] },
      { s: 'a', n: 10, any: 0 },
      { s: 'a', n: -1, any: 0 },
      { s: 'a', n: 1.5, any: 0 },
      { s: 'a', n: 1 },
      { s: 'a', n: 1, any: 0, b: 'yes' },
      { s: 'a', n: 1, any: 0, f: 2.5 },
      { s: 'a', n: 1, any: 0, f: Infinity },
      { s: 1, n: 1, any: 0 },
      [],
      null,
      'x',
    ],
  },
  {
    // Lengths count code points: an astral character is one, a lone surrogate one too.
    name: 'string lengths (minLength, maxLength) in code points, also inside a union',
    definitions: {
      L: { type: 'string', minLength: 1 },
      R: { type: 'string', minLength: 2, maxLength: 3 },
      U: { anyOf: [{ type: 'string', minLength: 2 }, { type: 'integer' }] },
    },
    values: ['', 'a', 'ab', 'abc', 'abcd', '😀', '😀😀', '😀😀😀', '😀😀😀😀', 'a😀', '\ud800', '\ud800\ud800', 7, null, ['x']],
  },
  {
    name: 'discriminated oneOf (through $ref), const and enum',
    definitions: {
      A: {
        type: 'object',
        required: ['type', 'a'],
        properties: { type: { type: 'string', const: 'a' }, a: { type: 'string', enum: ['x', 'y'] } },
      },
      U: {
        type: 'object',
        oneOf: [
          { $ref: '#/definitions/A' },
          { type: 'object', required: ['type'], properties: { type: { type: 'string', enum: ['b', 'c'] } } },
          // Tags of several lengths, one length shared with the branch above.
          {
            type: 'object',
            required: ['type', 'n'],
            properties: { type: { type: 'string', enum: ['long', 'cc', 'd'] }, n: { type: 'integer' } },
          },
        ],
        discriminator: { propertyName: 'type' },
      },
    },
    values: [
      { type: 'a', a: 'x' },
      { type: 'a', a: 'z' },
      { type: 'b' },
      { type: 'c', a: 'z' },
      { type: 'd' },
      { type: 'd', n: 1 },
      { type: 'long', n: 1 },
      { type: 'long' },
      { type: 'lonG', n: 1 },
      { type: 'cc', n: 2 },
      { type: 'ccc', n: 2 },
      { type: 'bb', n: 2 },
      { type: '', n: 2 },
      { type: 1 },
      { type: null },
      {},
      [],
      null,
    ],
  },
  {
    name: 'oneOf without a discriminator counts the branches that match',
    definitions: {
      O: {
        oneOf: [
          { type: 'string', enum: ['u', 'v'] },
          { type: 'object', required: ['k'], properties: { k: { type: 'string' } }, additionalProperties: false },
          { type: 'string' },
        ],
      },
    },
    values: ['u', 'w', { k: 'x' }, { k: 'x', more: 1 }, {}, 3],
  },
  {
    name: 'arrays, maps (additionalProperties schema), closed objects, allOf and recursion',
    definitions: {
      J: {
        anyOf: [
          { type: 'string' },
          { type: 'array', items: { $ref: '#/definitions/J' } },
          { type: 'object', additionalProperties: { $ref: '#/definitions/J' } },
        ],
      },
      M: { type: 'object', properties: { fixed: { type: 'integer' } }, additionalProperties: { type: 'string' } },
      C: {
        allOf: [
          { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
          { type: 'object', properties: { a: { type: 'string', const: 'k' } } },
        ],
      },
    },
    values: [
      's',
      ['s', ['t']],
      { x: ['s', { y: 's' }] },
      [1],
      { x: [null] },
      { fixed: 1, other: 's' },
      { fixed: 's' },
      { other: 2 },
      { a: 'k' },
      { a: 'j' },
      {},
    ],
  },
  {
    // Small definitions (a string alias, an enum) are checked in place; larger ones are called.
    name: '$ref to small definitions, required, optional, nullable and in arrays',
    definitions: {
      Id: { type: 'string' },
      Mode: { type: 'string', enum: ['on', 'off'] },
      Pair: { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'integer' } } },
      T: {
        type: 'object',
        required: ['id', 'mode', 'pair'],
        properties: {
          id: { $ref: '#/definitions/Id' },
          mode: { $ref: '#/definitions/Mode' },
          pair: { $ref: '#/definitions/Pair' },
          other: { anyOf: [{ $ref: '#/definitions/Mode' }, { type: 'null' }] },
          ids: { type: 'array', items: { $ref: '#/definitions/Id' } },
        },
      },
    },
    values: [
      { id: 'x', mode: 'on', pair: { a: 'p' } },
      { id: 'x', mode: 'off', pair: { a: 'p', b: 1 }, other: null, ids: ['a', 'b'] },
      { id: 'x', mode: 'on', pair: { a: 'p' }, other: 'off' },
      { id: 'x', mode: 'on', pair: { a: 'p' }, other: 'maybe' },
      { id: 'x', mode: 'up', pair: { a: 'p' } },
      { id: 1, mode: 'on', pair: { a: 'p' } },
      { mode: 'on', pair: { a: 'p' } },
      { id: 'x', pair: { a: 'p' } },
      { id: 'x', mode: 'on' },
      { id: 'x', mode: 'on', pair: { b: 1 } },
      { id: 'x', mode: 'on', pair: { a: 'p' }, ids: ['a', 2] },
      'on',
      null,
    ],
  },
];

describe('fast-check compiler and explainer', () => {
  for (const c of cases) {
    it(`agree with Ajv: ${c.name}`, () => {
      const checks = compile(c.definitions);
      for (const key of Object.keys(c.definitions)) {
        const ajv = ajvCheck(c.definitions, key);
        const explained = explains(c.definitions, key);
        for (const v of c.values) {
          expect(checks[key]!(v), `check ${key} on ${JSON.stringify(v)}`).toBe(ajv(v));
          expect(explained(v), `explain ${key} on ${JSON.stringify(v)}`).toBe(ajv(v));
        }
      }
    });
  }

  it('checks small definitions in place and calls the others', () => {
    const body = new Compiler(new Map(Object.entries(cases.at(-1)!.definitions as Record<string, JsonObject>))).definition('T');
    expect(body).toContain('d_Pair(');
    expect(body).not.toContain('d_Id(');
    expect(body).not.toContain('d_Mode(');
  });

  it('refuses a keyword it does not implement, and keywords beside $ref, instead of ignoring them', () => {
    expect(() => compile({ T: { type: 'string', pattern: '^a' } })).toThrow(/unsupported keyword pattern/);
    expect(() => compile({ T: { type: 'string' }, R: { $ref: '#/definitions/T', type: 'string' } })).toThrow(/beside \$ref/);
    expect(() => compile({ R: { $ref: '#/definitions/Missing' } })).toThrow(/unresolved \$ref/);
    expect(() => compile({ T: { type: ['string', 'null'] } })).toThrow(/unsupported type/);
  });

  it('writes a streaming check into its router whatever its literals hold', () => {
    const definitions = { T: { type: 'object', required: ['k'], properties: { k: { type: 'string', const: 'x return false; y' } } } };
    const { routers } = load(definitions, [
      { method: 'm', direction: 'serverToClient', kind: 'notification', params: 'T', result: null, streaming: true },
    ]);
    expect(routers.serverToClient!('m', { k: 'x return false; y' })).toBe(0);
    expect(routers.serverToClient!('m', { k: 'x' })).toBe(-2);
    expect(routers.serverToClient!('m', undefined)).toBe(-2);
  });

  it('gives up (false) on a value nesting a self-referencing type past its turn limit, without recursing further; the explainer decides', () => {
    const definitions = { J: { anyOf: [{ type: 'string' }, { type: 'array', items: { $ref: '#/definitions/J' } }] } };
    const checks = compile(definitions);
    let deep: unknown = 's';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checks.J!([[['s']]])).toBe(true);
    expect(checks.J!(deep)).toBe(false);
    expect(explains(definitions, 'J')(deep)).toBe(true);
    let bad: unknown = 1;
    for (let i = 0; i < 100_000; i++) bad = [bad];
    expect(new Explainer({ definitions, checks: {} }).explain('J', bad).issues).toHaveLength(1);
  });
});

describe('generated routers', () => {
  it('give the position of every method for its own direction, -1 for the other direction and for unknown names, -2 for bad params', () => {
    for (const [at, entry] of methodList.entries()) {
      const other = entry.direction === 'clientToServer' ? 'serverToClient' : 'clientToServer';
      expect(router(other)(entry.method, undefined), entry.method).toBe(-1);
      // `7` is never valid params: methods with params want an object, the others none.
      expect(router(entry.direction)(entry.method, 7), entry.method).toBe(-2);
      if (entry.params === null) expect(router(entry.direction)(entry.method, undefined)).toBe(at);
    }
    expect(router('serverToClient')('item/agentMessage/delta', { threadId: 't', turnId: '0', itemId: 'i', delta: 'd' })).toBe(
      methodList.indexOf(methods['item/agentMessage/delta']!),
    );
    for (const name of ['', 'item/agentMessage/deltA', 'item/agentMessage/delta ', 'itém/agentMessage/delta', 'codex/event/nope']) {
      expect(router('serverToClient')(name, {}), name).toBe(-1);
    }
  });

  it('hold codex/event/<type> params to that one event type', () => {
    const params = (type: string) => ({ id: '0', conversationId: 'c', msg: { type, delta: 'x' } });
    const at = methodList.indexOf(methods['codex/event/agent_message_delta']!);
    expect(router('serverToClient')('codex/event/agent_message_delta', params('agent_message_delta'))).toBe(at);
    expect(router('serverToClient')('codex/event/agent_message_delta', params('agent_reasoning_delta'))).toBe(-2);
    expect(check('events/agent_message_delta')!(params('agent_message_delta'))).toBe(true);
  });
});

describe('streaming notifications', () => {
  const streaming = methodList.filter((e) => e.streaming === true);

  it('are the delta notifications, flagged in the registry and in the method table', () => {
    // v2 streams agent text, reasoning and output as `…/delta`, `…Delta` notifications; v1 as the `*_delta` events.
    const expected = registry.filter(
      (m) =>
        m.kind === 'notification' &&
        m.direction === 'serverToClient' &&
        (/(\/delta|Delta)$/.test(m.method) || m.eventType?.endsWith('_delta') === true),
    );
    expect(streaming.map((e) => e.method)).toEqual(expected.map((m) => m.method));
    expect(registry.filter((m) => m.streaming === true).map((m) => m.method)).toEqual(expected.map((m) => m.method));
  });

  it('get from the router, which checks them in place, the verdict of their standalone check', () => {
    const fixtures = loadFixtures('0.64.0');
    const allParams = fixtures.map((f) => (f.message as { params?: unknown }).params);
    let accepted = 0;
    for (const entry of streaming) {
      const at = methodList.indexOf(entry);
      const standalone = check(entry.params!)!;
      const values: unknown[] = [...allParams, undefined, null, 7, [], {}];
      for (const f of fixtures.filter((x) => x.valid && x.method === entry.method)) {
        const params = (f.message as { params: Obj }).params;
        values.push(params);
        // Each required member dropped in turn, and the event payload's too.
        for (const key of Object.keys(params)) values.push({ ...params, [key]: undefined });
        const msg = params.msg as Obj | undefined;
        if (msg !== undefined) for (const key of Object.keys(msg)) values.push({ ...params, msg: { ...msg, [key]: undefined } });
      }
      for (const v of values) {
        const routed = router('serverToClient')(entry.method, v);
        expect(routed, `${entry.method} ${JSON.stringify(v)}`).toBe(standalone(v) ? at : -2);
        if (routed === at) accepted++;
      }
    }
    expect(accepted).toBeGreaterThanOrEqual(9);
  });
});

describe('nameIndex', () => {
  it('finds every name, nothing else, and refuses a name listed twice', () => {
    const names = Object.keys(methods);
    const find = nameIndex(names.map((n, i) => [n, i] as const));
    names.forEach((n, i) => expect(find(n)).toBe(i));
    // Built from pieces, so the strings are not the interned literals.
    for (const n of names) expect(find(Array.from(n).join(''))).toBe(names.indexOf(n));
    for (const n of ['', 'x', 'thread/starT', 'thread/stärt', `${names[0]}\u0000`, 'a'.repeat(10_000)]) expect(find(n), n).toBeUndefined();
    // A group no single position separates is scanned.
    const tricky = nameIndex([
      ['ab', 1],
      ['ba', 2],
      ['aa', 3],
      ['bb', 4],
    ]);
    expect([tricky('ab'), tricky('ba'), tricky('aa'), tricky('bb'), tricky('cc')]).toEqual([1, 2, 3, 4, undefined]);
    expect(() =>
      nameIndex([
        ['a', 1],
        ['a', 2],
      ]),
    ).toThrow(/twice/);
  });
});

const depthOf = (v: unknown): number =>
  typeof v !== 'object' || v === null ? 0 : 1 + Math.max(0, ...(Array.isArray(v) ? v : Object.values(v)).map(depthOf));

describe('depth bounds', () => {
  // Deep, bracket-heavy values (arrays of arrays, objects of objects, short keys) probe the bound.
  const deepValue = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'large', withCrossShrink: true },
      fc.constantFrom(0, '', '[{', null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('', 'a', '['), tie('value'), { maxKeys: 3 }),
    ),
  })).value;

  it('nestsAtMost never says "shallow" for text deeper than the limit (checked on 20,000 values)', () => {
    fc.assert(
      fc.property(deepValue, fc.integer({ min: 1, max: 40 }), (v, maxDepth) => {
        const text = JSON.stringify(v);
        if (nestsAtMost(text, maxDepth)) expect(depthOf(v)).toBeLessThanOrEqual(maxDepth);
      }),
      { seed: 20261124, numRuns: 20_000 },
    );
  });

  it('nestsAtMost says "shallow" for ordinary long messages with one scan, and not for deep text', () => {
    const message = JSON.stringify({
      method: 'codex/event/agent_message_delta',
      params: { id: '0', conversationId: 'c'.repeat(36), msg: { type: 'agent_message_delta', delta: 'x'.repeat(300) } },
    });
    expect(message.length).toBeGreaterThan(256);
    expect(nestsAtMost(message, 128)).toBe(true);
    expect(nestsAtMost(`${'['.repeat(129)}${']'.repeat(129)}`, 128)).toBe(false);
    expect(nestsAtMost(`${'['.repeat(128)}${']'.repeat(128)}`, 128)).toBe(true);
    // Objects under empty keys are the tightest case of the bound: 5 characters a level.
    const chain = (d: number) => `${'{"":'.repeat(d - 1)}{}${'}'.repeat(d - 1)}`;
    expect(chain(128).length).toBe(5 * 127 + 2);
    expect(nestsAtMost(chain(128), 128)).toBe(true);
    expect(nestsAtMost(chain(129), 128)).toBe(false);
    // Long text with few `[` is shallow by their count; arrays of objects past the limit are not.
    const arrays = (d: number) => `${'[{"":'.repeat(d)}0${'}]'.repeat(d)}`;
    const wide = JSON.stringify({ text: 'x'.repeat(400), list: [[1], [2]] });
    expect(wide.length).toBeGreaterThan(2 * 128);
    expect(nestsAtMost(wide, 128)).toBe(true);
    expect(nestsAtMost(arrays(65), 128)).toBe(false);
  });

  it('messageNestsAtMost never says "shallow" for a message deeper than the limit (checked on 20,000 messages)', () => {
    const method = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('item/agentMessage/delta', 'codex/event/agent_message_content_delta', '\u{1F600}"\\'),
    );
    fc.assert(
      fc.property(method, deepValue, fc.integer({ min: 1, max: 40 }), (name, params, maxDepth) => {
        const text = JSON.stringify({ method: name, params });
        if (messageNestsAtMost(text, name.length, maxDepth)) expect(depthOf({ method: name, params })).toBeLessThanOrEqual(maxDepth);
      }),
      { seed: 20261201, numRuns: 20_000 },
    );
    // The member `"method":"…"` alone is what lets a streamed delta skip the scan.
    const delta = JSON.stringify({
      method: 'codex/event/agent_message_content_delta',
      params: {
        id: '0',
        conversationId: 'c'.repeat(36),
        msg: { type: 'agent_message_content_delta', thread_id: 't'.repeat(36), turn_id: '0', item_id: 'msg_1', delta: 'patch ' },
      },
    });
    expect(delta.length).toBeGreaterThan(256);
    expect(delta.length - 'codex/event/agent_message_content_delta'.length - 11).toBeLessThanOrEqual(256);
    expect(messageNestsAtMost(`{"method":"m","params":${'['.repeat(129)}${']'.repeat(129)}}`, 1, 128)).toBe(false);
    expect(messageNestsAtMost(`{"method":"m","params":${'['.repeat(127)}${']'.repeat(127)}}`, 1, 128)).toBe(true);
  });

  it('nestsWithin agrees with measure on acyclic values, and gives up (false) on cycles and on budget', () => {
    fc.assert(
      fc.property(deepValue, fc.integer({ min: 1, max: 12 }), (v, maxDepth) => {
        expect(nestsWithin(v, maxDepth)).toBe(measure(v, maxDepth) === undefined);
      }),
      { seed: 20261124, numRuns: 5_000 },
    );
    const cycle: Obj = {};
    cycle.self = cycle;
    expect(nestsWithin(cycle, 128)).toBe(false);
    expect(measure(cycle, 128)).toEqual({ problem: 'cycle', at: '/self' });
    const wide = Array.from({ length: 100 }, () => ({}));
    expect(nestsWithin(wide, 128, 50)).toBe(false);
    expect(nestsWithin(wide, 128)).toBe(true);
  });
});
