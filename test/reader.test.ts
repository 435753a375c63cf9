/**
 * The layout reader (`read`, codegen/checks/readers.ts): for a streaming notification in the
 * server's exact layout it returns what JSON.parse returns, keys in the same order; for any other
 * text, undefined. The runtime then validates the value as it would JSON.parse's, so a message
 * gets one verdict with the reader or without it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutOf, READ_MAX } from '../codegen/checks/readers.js';
import * as tables_0_64_0 from '../generated/releases/0.64.0/validators/index.js';
import * as tables_newest from '../generated/validators/index.js';
import { RELEASES, type Release } from '../src/releases.js';
import { createRuntime } from '../src/runtime/api.js';
import type { ValidatorTables } from '../src/runtime/release.js';
import { serverNotifications } from './support/wire.js';

const SEED = 20261203;
const RUNS = 4000;
const TABLES: Record<Release, ValidatorTables> = { '0.64.0': tables_0_64_0, '0.171.0': tables_newest };

type Member = { readonly name: string; readonly kind: 'string' | 'integer' };

/** The streaming server notifications of a release with their params' layouts (undefined: none). */
function streamingLayouts(release: Release): { method: string; members: readonly Member[] | undefined }[] {
  const { definitions } = JSON.parse(TABLES[release].schemaText) as { definitions: Record<string, Record<string, unknown>> };
  const definition = (id: string) => {
    const [head, rest] = id.includes('/') ? id.split('/', 2) : [undefined, id];
    return (head === undefined ? definitions[rest!] : (definitions[head] as Record<string, unknown> | undefined)?.[rest!]) as
      Record<string, unknown> | undefined;
  };
  return TABLES[release].methodList
    .filter((m) => m.streaming === true && m.direction === 'serverToClient' && m.params !== null)
    .map((m) => ({ method: m.method, members: m.eventType === undefined ? layoutOf(definition(m.params!) as never) : undefined }));
}

const THROWS = Symbol('JSON.parse throws');
const jsonParse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return THROWS;
  }
};

/** The reader agrees with JSON.parse on `text`: undefined, or the same value with the same keys in the same order. */
function agrees(read: (t: string) => unknown, text: string): unknown {
  const value = read(text);
  if (value === undefined) return undefined;
  const parsed = jsonParse(text);
  if (parsed === THROWS) throw new Error(`read a text that JSON.parse refuses: ${JSON.stringify(text)}`);
  assert.deepStrictEqual(value, parsed, `read differs from JSON.parse on ${JSON.stringify(text)}`);
  expect(JSON.stringify(value)).toBe(JSON.stringify(parsed)); // the keys in the same order
  return value;
}

/** One character of a string member, spelled as JSON writes it, as another legal escape, or raw (maybe illegal). */
const CHARS = ['a', 'Z', ' ', '/', 'é', '😀', '\ud800', '\udfff', '"', '\\', '\n', '\t', '\u0000', '\u001f', '\u007f', '\u2028'];
/** Escapes JSON does not have. */
const BOGUS = ['\\x41', '\\u12G4', '\\u004', '\\U0041', "\\'", '\\a', '\\0', '\\\n'];
const illegalRaw = (c: string) => c === '"' || c === '\\' || c.charCodeAt(0) < 0x20;
const spelled = fc
  .tuple(fc.constantFrom(...CHARS), fc.constantFrom('json', 'unicode', 'UNICODE', 'raw', 'solidus', 'bogus'), fc.constantFrom(...BOGUS))
  .map(([c, how, bogus]) => {
    if (how === 'bogus') return { text: bogus, legal: false };
    const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
    if (how === 'json') return { text: JSON.stringify(c).slice(1, -1), legal: true };
    if (how === 'unicode' && c.length === 1) return { text: `\\u${hex}`, legal: true };
    if (how === 'UNICODE' && c.length === 1) return { text: `\\u${hex.toUpperCase()}`, legal: true };
    if (how === 'solidus' && c === '/') return { text: '\\/', legal: true };
    return { text: c, legal: !illegalRaw(c) };
  });
const stringOf = (chars: fc.Arbitrary<{ text: string; legal: boolean }>) =>
  fc.array(chars, { maxLength: 6 }).map((cs) => ({ text: `"${cs.map((c) => c.text).join('')}"`, legal: cs.every((c) => c.legal) }));
const stringMember = fc.oneof(
  { weight: 12, arbitrary: stringOf(spelled.filter((c) => c.legal)) },
  { weight: 1, arbitrary: stringOf(spelled) },
  // Every character raw: texts with no backslash at all, some with a raw control character or quote.
  { weight: 1, arbitrary: stringOf(fc.constantFrom(...CHARS.filter((c) => c !== '\\')).map((c) => ({ text: c, legal: !illegalRaw(c) }))) },
);
const INTEGERS = ['0', '-0', '7', '-12', '1796169779049', '999999999999999', '-999999999999999'];
const NOT_LAYOUT_INTEGERS = ['01', '1e3', '1.0', '1.5', '1796169779049.0', '1234567890123456', '+1', '- 1', '0x10', '', '"1"', 'null'];
const integerMember = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INTEGERS).map((text) => ({ text, legal: true })) },
  { weight: 1, arbitrary: fc.integer().map((n) => ({ text: String(n), legal: true })) },
  { weight: 1, arbitrary: fc.constantFrom(...NOT_LAYOUT_INTEGERS).map((text) => ({ text, legal: false })) },
);

/** A mutation of a text (or none): a character inserted, deleted or replaced, somewhere. */
const mutation = fc.oneof(
  { weight: 3, arbitrary: fc.constant((t: string) => t) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...'{}[]",:\\ \n0-9aé\u0000'.split('')))
      .map(([at, op, c]) => (t: string) => {
        const i = at % (t.length + 1);
        return op === 'insert'
          ? t.slice(0, i) + c + t.slice(i)
          : op === 'delete'
            ? t.slice(0, i) + t.slice(i + 1)
            : t.slice(0, i) + c + t.slice(i + 1);
      }),
  },
);

for (const release of RELEASES) {
  const { read } = TABLES[release];
  const layouts = streamingLayouts(release);
  const readable = layouts.filter((l) => l.members !== undefined) as { method: string; members: readonly Member[] }[];

  describe(`layout reader, ${release}`, () => {
    it('has a layout for every streaming notification of the v2 API', () => {
      const v2 = layouts.filter((l) => !l.method.startsWith('codex/event/'));
      expect(v2.length).toBeGreaterThan(0);
      expect(v2.filter((l) => l.members === undefined).map((l) => l.method)).toEqual([]);
    });

    it("reads every streaming notification of the real server's captures as JSON.parse does, and nothing else", () => {
      const methods = new Set(readable.map((l) => l.method));
      let read_ = 0;
      for (const message of serverNotifications(release)) {
        const text = JSON.stringify(message);
        const value = agrees(read, text);
        if (methods.has(message.method)) {
          expect(value, text).toBeDefined();
          read_++;
        } else expect(value, text).toBeUndefined();
      }
      expect(read_).toBeGreaterThan(20);
    });

    it(`agrees with JSON.parse on texts in and near the layout, and the runtime's verdict does not change (${RUNS} cases, seed ${SEED})`, () => {
      const without = createRuntime(release, { ...TABLES[release], read: () => undefined });
      const withReader = createRuntime(release, TABLES[release]);
      const text = fc
        .record({
          layout: fc.constantFrom(...readable),
          wrongMethod: fc.oneof(
            { weight: 9, arbitrary: fc.constant(undefined) },
            fc.constantFrom('item/agentMessage/deltas', 'item/a', ''),
          ),
          values: fc.array(fc.tuple(stringMember, integerMember), { minLength: 8, maxLength: 8 }),
          emittedAtMs: fc.option(integerMember, { nil: undefined }),
          envelope: fc.constantFrom('exact', 'exact', 'exact', 'jsonrpc', 'spaced', 'swapped', 'extra', 'trailing'),
          mutate: mutation,
        })
        .map(({ layout, wrongMethod, values, emittedAtMs, envelope, mutate }) => {
          const members = layout.members.map((m, i) => ({ name: m.name, value: m.kind === 'string' ? values[i]![0] : values[i]![1] }));
          const params = `{${members.map((m) => `"${m.name}":${m.value.text}`).join(',')}}`;
          const method = JSON.stringify(wrongMethod ?? layout.method);
          const tail = emittedAtMs === undefined ? '' : `,"emittedAtMs":${emittedAtMs.text}`;
          const body =
            envelope === 'jsonrpc'
              ? `{"jsonrpc":"2.0","method":${method},"params":${params}${tail}}`
              : envelope === 'spaced'
                ? `{"method": ${method},"params":${params}${tail}}`
                : envelope === 'swapped'
                  ? `{"params":${params},"method":${method}${tail}}`
                  : envelope === 'extra'
                    ? `{"method":${method},"params":${params}${tail},"x":1}`
                    : `{"method":${method},"params":${params}${tail}}${envelope === 'trailing' ? '\n' : ''}`;
          const legal = members.every((m) => m.value.legal) && (emittedAtMs?.legal ?? true);
          const canonical = legal && wrongMethod === undefined && envelope === 'exact';
          const mutated = mutate(body);
          return { text: mutated, inLayout: canonical && mutated === body };
        });
      let inLayout = 0;
      let readOther = 0;
      const out = fc.check(
        fc.property(text, ({ text: t, inLayout: expected }) => {
          const value = agrees(read, t);
          if (expected) {
            expect(value, t).toBeDefined();
            inLayout++;
          } else if (value !== undefined) readOther++;
          expect(JSON.stringify(withReader.parse(t, 'serverToClient'))).toBe(JSON.stringify(without.parse(t, 'serverToClient')));
        }),
        { seed: SEED, numRuns: RUNS },
      );
      if (out.failed) throw new Error(`seed ${out.seed}, path ${JSON.stringify(out.counterexamplePath)}\n${fc.defaultReportMessage(out)}`);
      // Both sides were exercised: texts in the layout (all read) and texts a mutation left in it.
      expect(inLayout).toBeGreaterThan(RUNS / 20);
      expect(readOther).toBeGreaterThan(0);
    });

    it(`leaves texts longer than ${READ_MAX} characters to JSON.parse`, () => {
      const { method, members } = readable[0]!;
      const textOf = (fill: number) =>
        JSON.stringify({
          method,
          params: Object.fromEntries(members.map((m, i) => [m.name, m.kind === 'integer' ? 1 : i === 0 ? 'x'.repeat(fill) : 'y'])),
        });
      const base = textOf(0).length;
      expect(agrees(read, textOf(READ_MAX - base))).toBeDefined();
      expect(read(textOf(READ_MAX - base + 1))).toBeUndefined();
      expect(createRuntime(release, TABLES[release]).parse(textOf(READ_MAX), 'serverToClient').ok).toBe(true);
    });
  });
}
