/**
 * The normal forms the diff compares: each spelling pair below means the same values, so the
 * diff must report nothing; each change hidden inside a respelling must still be found.
 */
import { describe, expect, it } from 'vitest';
import { diffProtocols, type Change } from '../codegen/diff/diff.js';
import type { MethodEntry, Protocol } from '../codegen/diff/protocol.js';

type Defs = { [name: string]: unknown };

const ping: MethodEntry = {
  method: 'ping',
  namespace: 'v2',
  direction: 'clientToServer',
  kind: 'request',
  params: '#/definitions/PingParams',
  result: '#/definitions/PingResponse',
};

function proto(defs: Defs): Protocol {
  return { label: 'p', bundle: { definitions: { PingParams: { type: 'object', properties: {} }, ...defs } } as never, methods: [ping] };
}

/** Diffs two PingResponse shapes (plus extra definitions on each side). */
function diffResult(before: unknown, after: unknown, extraBefore: Defs = {}, extraAfter: Defs = extraBefore): Change[] {
  return [...diffProtocols(proto({ PingResponse: before, ...extraBefore }), proto({ PingResponse: after, ...extraAfter })).changes];
}

const field = (schema: unknown, required = true) => ({ type: 'object', required: required ? ['x'] : [], properties: { x: schema } });
const brief = (cs: Change[]) => cs.map((c) => `${c.rule} ${c.location} ${c.detail}`.trim());

describe('diff normal forms: spellings that mean the same', () => {
  it('a one-member allOf is its member', () => {
    const named = { Path: { type: 'string', description: 'an absolute path' } };
    expect(
      diffResult(field({ type: 'string' }), field({ allOf: [{ $ref: '#/definitions/Path' }], description: 'where' }), {}, named),
    ).toEqual([]);
    expect(diffResult(field({ $ref: '#/definitions/Path' }), field({ allOf: [{ $ref: '#/definitions/Path' }] }), named)).toEqual([]);
    // A change inside the wrapped type is still found, in the type.
    const mode = (values: string[]) => ({ Mode: { type: 'string', enum: values } });
    const changes = diffResult(
      field({ $ref: '#/definitions/Mode' }),
      field({ allOf: [{ $ref: '#/definitions/Mode' }], default: 'a' }),
      mode(['a']),
      mode(['a', 'b']),
    );
    expect(brief(changes)).toEqual(['enum-value-added Mode "b"']);
  });

  it('true, {}, annotations only and an all-JSON union all mean any value, null included', () => {
    const jsonValue = {
      JsonValue: {
        anyOf: [
          { type: 'number' },
          { type: 'string' },
          { type: 'boolean' },
          { type: 'array', items: { $ref: '#/definitions/JsonValue' } },
          { type: 'object', additionalProperties: { $ref: '#/definitions/JsonValue' } },
          { type: 'null' },
        ],
      },
    };
    for (const any of [{}, { description: 'anything' }, { $ref: '#/definitions/JsonValue' }]) {
      expect(diffResult(field(true), field(any), jsonValue, jsonValue), JSON.stringify(any)).toEqual([]);
    }
    // true admits null: going to `string | null` narrows the type, it does not "forbid null".
    expect(brief(diffResult(field(true), field({ type: ['string', 'null'] })))).toEqual([
      'type-narrowed PingResponse.x any value -> string | null',
    ]);
    expect(brief(diffResult(field({ type: 'string' }), field(true)))).toEqual(['type-widened PingResponse.x string -> any value']);
  });

  it('T | null is one thing however it is written, and is read through references', () => {
    const spellings = [
      { type: ['string', 'null'] },
      { anyOf: [{ type: 'string' }, { type: 'null' }] },
      { oneOf: [{ type: 'null' }, { type: 'string' }] },
      { $ref: '#/definitions/MaybeText' },
      { anyOf: [{ $ref: '#/definitions/Text' }, { type: 'null' }] },
    ];
    const defs = { MaybeText: { anyOf: [{ $ref: '#/definitions/Text' }, { type: 'null' }] }, Text: { type: 'string' } };
    for (const a of spellings)
      for (const b of spellings) expect(diffResult(field(a), field(b), defs), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toEqual([]);
    // An enum that lists null.
    expect(
      diffResult(
        field({ type: ['string', 'null'], enum: ['a', null] }),
        field({ anyOf: [{ type: 'string', enum: ['a'] }, { type: 'null' }] }),
      ),
    ).toEqual([]);
    // Dropping null still counts, wherever it was written.
    expect(brief(diffResult(field({ $ref: '#/definitions/MaybeText' }), field({ type: 'string' }), defs))).toEqual([
      'made-non-nullable PingResponse.x may no longer be null',
    ]);
  });

  it('an integer format names its range', () => {
    expect(
      diffResult(field({ type: 'integer', format: 'uint32', minimum: 0 }), field({ type: 'integer', minimum: 0, maximum: 4294967295 })),
    ).toEqual([]);
    expect(
      diffResult(
        field({ type: ['integer', 'null'], format: 'int32' }),
        field({ type: ['integer', 'null'], minimum: -2147483648, maximum: 2147483647 }),
      ),
    ).toEqual([]);
    // uint64 only promises >= 0; int64 promises nothing.
    expect(diffResult(field({ type: 'integer', format: 'uint64', minimum: 0 }), field({ type: 'integer', minimum: 0 }))).toEqual([]);
    expect(brief(diffResult(field({ type: 'integer', format: 'int64' }), field({ type: 'integer', format: 'int32' })))).toEqual([
      'type-narrowed PingResponse.x maximum none -> 2147483647',
      'type-narrowed PingResponse.x minimum none -> -2147483648',
    ]);
  });
});

describe('diff normal forms: unions', () => {
  const status = (value: string, extra: Defs = {}, required: string[] = []) => ({
    type: 'object',
    required: ['status', ...required],
    properties: { status: { type: 'string', enum: [value] }, ...extra },
  });

  it('fields beside a oneOf belong to every branch (a flattened union equals the same union spelled out)', () => {
    const flattened = {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string' } },
      oneOf: [status('done'), status('failed', { error: { type: 'string' } }, ['error'])],
    };
    const spelledOut = {
      oneOf: [
        status('done', { id: { type: 'string' } }, ['id']),
        status('failed', { id: { type: 'string' }, error: { type: 'string' } }, ['id', 'error']),
      ],
      discriminator: { propertyName: 'status' },
    };
    expect(diffResult(flattened, spelledOut)).toEqual([]);
  });

  it('a tagged union that became one object is compared per variant; a change in every variant is reported once', () => {
    const union = { oneOf: [status('done'), status('failed', { error: { type: 'string' } }, ['error'])] };
    const object = {
      type: 'object',
      required: ['status'],
      properties: { status: { $ref: '#/definitions/Status' }, error: { type: ['string', 'null'] }, startedAt: { type: 'integer' } },
    };
    const changes = diffResult(union, object, {}, { Status: { type: 'string', enum: ['done', 'failed', 'queued'] } });
    expect(brief(changes).sort()).toEqual([
      'field-added-optional PingResponse.startedAt integer', // in both variants: once, at the type
      'field-added-optional PingResponse<done>.error string | null',
      'field-made-optional PingResponse<failed>.error required -> optional',
      'made-nullable PingResponse<failed>.error may now be null',
      'tag-value-added PingResponse status "queued"',
    ]);
    expect(changes.some((c) => c.rule === 'type-changed')).toBe(false);
  });

  it('keeps the fields beside an anyOf of shapes (UserInput<image> in 0.171.0)', () => {
    const union = (image: unknown) => ({ oneOf: [status('text', { text: { type: 'string' } }, ['text']), image] });
    const before = union(status('image', { url: { type: 'string' } }, ['url']));
    const after = union({
      type: 'object',
      required: ['status'],
      properties: { status: { type: 'string', enum: ['image'] }, detail: { type: ['string', 'null'] } },
      anyOf: [
        { type: 'object', required: ['url'], properties: { url: { type: 'string' } } },
        { type: 'object', required: ['fileId'], properties: { fileId: { type: 'string' } } },
      ],
    });
    expect(brief(diffResult(before, after)).sort()).toEqual([
      'field-added-optional PingResponse<image>.detail string | null',
      'variant-added PingResponse<image> {fileId, status}',
    ]);
  });

  it('an enum that became a union of strings and objects keeps the values that remain', () => {
    const before = { type: 'string', enum: ['accept', 'decline', 'cancel'] };
    const after = {
      oneOf: [
        { type: 'string', enum: ['accept'] },
        { type: 'object', required: ['acceptWith'], properties: { acceptWith: { type: 'object' } }, additionalProperties: false },
        { type: 'string', enum: ['decline'] },
        { type: 'string', enum: ['cancel'] },
      ],
    };
    expect(brief(diffResult(field(before), field(after)))).toEqual(['variant-added PingResponse.x {acceptWith}']);
    // And the other way round, one value gone and one object gone.
    expect(brief(diffResult(field(after), field({ type: 'string', enum: ['accept', 'cancel'] }))).sort()).toEqual([
      'enum-value-removed PingResponse.x "decline"',
      'variant-removed PingResponse.x {acceptWith}',
    ]);
  });
});
