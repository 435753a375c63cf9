/**
 * Hostile input: what an attacker sends (or a careless caller passes) is refused or accepted in
 * time linear in its size, with a bounded error, never a throw, a hang or a misrouted reply; and
 * limits cannot be switched off by accident. Generous hang guards only: the costs are measured by
 * `npm run bench`, not here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleValidator } from './support/schemas.js';
import {
  clientRequest,
  DEFAULT_LIMITS,
  ErrorCode,
  parse,
  PendingRequests,
  resolveLimits,
  validateParams,
  validateResult,
  type ClientSide,
} from '../src/runtime/index.js';
import { inexactId } from '../src/runtime/ids.js';
import { parse as parse064 } from '../src/runtime/releases/0.64.0.js';

const GUARD = { timeout: 60_000 };
const codeOf = (r: ReturnType<typeof parse>) => (r.ok ? 'ok' : r.error.error.code);

describe('refusing costs no more than accepting', () => {
  it('refuses a 200 KB turn/start whose input holds 100,000 bad items with a bounded error', GUARD, () => {
    const text = JSON.stringify({
      id: 1,
      method: 'turn/start',
      params: { threadId: 't', input: Array.from({ length: 100_000 }, () => 0) },
    });
    expect(text.length).toBeGreaterThan(200_000);
    const r = parse(text, 'clientToServer');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.error.code).toBe(ErrorCode.InvalidParams);
    expect(r.error.error.data.issues).toHaveLength(DEFAULT_LIMITS.maxIssues);
    expect(r.error.error.data.omitted).toBe(100_000 - DEFAULT_LIMITS.maxIssues);
    expect(r.error.error.data.issues[0]).toMatchObject({ path: '/params/input/0', kind: 'type' });
    // The reply stays small whatever the input: 100 issues of bounded size.
    expect(JSON.stringify(r.error).length).toBeLessThan(20_000);
  });

  it('lists as many issues as limits.maxIssues asks, and counts the rest', () => {
    const text = JSON.stringify({ id: 1, method: 'turn/start', params: { threadId: 't', input: [0, 0, 0, 0, 0] } });
    const r = parse(text, 'clientToServer', { limits: { maxIssues: 2 } });
    expect(r.ok ? [] : r.error.error.data).toMatchObject({ issues: [{}, {}], omitted: 3 });
  });

  it('accepts a 12 MB result of 4 million empty arrays (depth and size walks are linear)', GUARD, () => {
    const value = { config: { big: Array.from({ length: 4_000_000 }, () => []) }, origins: {} };
    const text = JSON.stringify({ id: 1, result: value });
    expect(text.length).toBeGreaterThan(12_000_000);
    expect(codeOf(parse(text, 'serverToClient'))).toBe('ok');
    const v = validateResult('config/read', value);
    expect(v.ok || v.issues.every((i) => !i.path.startsWith('/config/big'))).toBe(true);
  });

  it('accepts a JsonValue of 1,000,000 keys', GUARD, () => {
    const value: Record<string, number> = {};
    for (let i = 0; i < 1_000_000; i++) value[`k${i}`] = i;
    const r = parse(
      JSON.stringify({ id: 1, method: 'config/value/write', params: { filePath: 'f', keyPath: 'x', value, mergeStrategy: 'replace' } }),
      'clientToServer',
      { release: '0.64.0' },
    );
    expect(codeOf(r)).toBe('ok');
  });
});

describe('never throws, for any input and any options', () => {
  const deep = (n: number) =>
    `{"id":1,"method":"config/value/write","params":{"filePath":"f","keyPath":"k","mergeStrategy":"replace","value":${'['.repeat(n)}${']'.repeat(n)}}}`;

  it('with no depth limit, or a high one, on input nested 100,000 deep', GUARD, () => {
    for (const maxDepth of [Infinity, 8000, 1e9]) {
      const r = parse(deep(100_000), 'clientToServer', { release: '0.64.0', limits: { maxDepth } });
      expect(codeOf(r), String(maxDepth)).toBe(maxDepth === 8000 ? ErrorCode.InvalidRequest : 'ok');
    }
    expect(codeOf(parse(deep(7_990), 'clientToServer', { release: '0.64.0', limits: { maxDepth: 8000 } }))).toBe('ok');
    // Deep values where the schema is recursive (a legacy event holding events) are decided too.
    let events: unknown = [];
    for (let i = 0; i < 20_000; i++)
      events = [
        {
          type: 'session_configured',
          session_id: 's',
          model: 'm',
          history_log_id: 0,
          history_entry_count: 0,
          rollout_path: 'r',
          initial_messages: events,
        },
      ];
    const msg = {
      method: 'codex/event/session_configured',
      params: {
        id: '',
        conversationId: 'c',
        msg: {
          type: 'session_configured',
          session_id: 's',
          model: 'm',
          history_log_id: 0,
          history_entry_count: 0,
          rollout_path: 'r',
          initial_messages: events,
        },
      },
    };
    expect(() => parse064(msg, 'serverToClient', { limits: { maxDepth: Infinity } })).not.toThrow();
  });

  it('refuses limits that are not positive integers (or Infinity) instead of switching them off', () => {
    for (const limits of [
      { maxBytes: undefined },
      { maxBytes: NaN },
      { maxDepth: 'x' },
      { maxDepth: undefined },
      { maxDepth: NaN },
      { maxDepth: -1 },
      { maxDepth: 1.5 },
      { maxBytes: 0 },
      { maxIssues: Infinity },
      { bogus: 1 },
      null,
    ]) {
      const r = parse('{"method":"initialized"}', 'clientToServer', { limits: limits as never });
      expect(r, JSON.stringify(limits)).toMatchObject({ ok: false, reply: false, error: { error: { code: ErrorCode.InternalError } } });
      expect(validateParams('turn/interrupt', {}, { limits: limits as never })).toMatchObject({ ok: false, code: ErrorCode.InternalError });
    }
    expect(resolveLimits({ maxBytes: Infinity, maxDepth: Infinity })).toMatchObject({ maxBytes: Infinity, maxDepth: Infinity });
  });

  it('holds already-parsed values to the byte limit too, and refuses long sparse arrays at once', GUARD, () => {
    const huge = {
      id: 1,
      method: 'config/value/write',
      params: { keyPath: 'k', mergeStrategy: 'replace', value: 'x'.repeat(40 * 1024 * 1024) },
    };
    expect(parse(huge, 'clientToServer')).toMatchObject({
      ok: false,
      error: { error: { code: ErrorCode.InvalidRequest, message: expect.stringMatching(/larger than/) } },
    });
    for (const length of [1e7, 2 ** 32 - 1]) {
      const sparse: unknown[] = [];
      sparse.length = length;
      const r = parse(
        { id: 1, method: 'config/value/write', params: { keyPath: 'k', mergeStrategy: 'replace', value: sparse } },
        'clientToServer',
      );
      expect(r.ok, String(length)).toBe(false);
    }
  });

  it('for arbitrary values, options and directions (20,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        fc.anything(),
        fc.anything(),
        (input, direction, options) => {
          expect(() => parse(input, direction as 'clientToServer', options as never)).not.toThrow();
          expect(() => validateParams(typeof direction === 'string' ? direction : 'turn/interrupt', input, options as never)).not.toThrow();
          expect(() => validateParams(direction as string, input)).not.toThrow();
        },
      ),
      { seed: 20261201, numRuns: 20_000 },
    );
  });
});

describe('exact ids', () => {
  it('refuses integer ids beyond ±(2^53 - 1) and ids written with a fraction or exponent, with id null', () => {
    for (const literal of ['9007199254740993', '9223372036854775808', '18446744073709551616', '-9007199254740993', '1e2', '1.0', '1E+2']) {
      const r = parse(`{"id":${literal},"method":"turn/interrupt","params":{"threadId":"t","turnId":"0"}}`, 'clientToServer');
      expect(r, literal).toMatchObject({
        ok: false,
        reply: true,
        error: { id: null, error: { code: ErrorCode.InvalidRequest, data: { issues: [{ path: '/id' }] } } },
      });
      // A response with such an id is refused before it could be paired with another request.
      expect(parse(`{"id":${literal},"result":{}}`, 'serverToClient').ok, literal).toBe(false);
    }
    for (const literal of ['9007199254740991', '-9007199254740991', '0', '"9007199254740993"']) {
      expect(
        codeOf(parse(`{"id":${literal},"method":"turn/interrupt","params":{"threadId":"t","turnId":"0"}}`, 'clientToServer')),
        literal,
      ).toBe('ok');
    }
    // Wherever the id member stands, and whatever else is called "id".
    expect(
      parse('{"jsonrpc":"2.0","params":{"threadId":"t","turnId":"0","id":1},"method":"turn/interrupt","id":1e2}', 'clientToServer').ok,
    ).toBe(false);
    expect(parse('{"params":{"threadId":"t","turnId":"0","id":1.5},"method":"turn/interrupt","id":7}', 'clientToServer').ok).toBe(true);
    // A key spelled with an escape, and "id" inside a string, are read as JSON.parse reads them.
    expect(parse('{"method":"turn/interrupt","\\u0069d":1.0,"params":{"threadId":"t","turnId":"0"}}', 'clientToServer').ok).toBe(false);
    expect(parse('{"method":"turn/interrupt","\\u0069d":3,"params":{"threadId":"t","turnId":"0"}}', 'clientToServer').ok).toBe(true);
    expect(parse('{"method":"turn/interrupt","id":3,"params":{"threadId":"t \\"id\\": 1.5","turnId":"0"}}', 'clientToServer').ok).toBe(
      true,
    );
  });

  it('reads the id where peers write it (first, after jsonrpc, after the method) as exactly as anywhere else', () => {
    const params = '"params":{"threadId":"t","turnId":"0"}';
    const request = (head: string) => parse(`{${head},${params}}`, 'clientToServer');
    // Leading members that read as the parsed id, each with an exact and an inexact spelling.
    for (const [exact, inexact] of [
      ['"id":7,"method":"turn/interrupt"', '"id":7.0,"method":"turn/interrupt"'],
      ['"jsonrpc":"2.0","id":-7,"method":"turn/interrupt"', '"jsonrpc":"2.0","id":-7e0,"method":"turn/interrupt"'],
      ['"method":"turn/interrupt","id":0', '"method":"turn/interrupt","id":0.0'],
      ['"method":"turn/interrupt","id":123456789012345', '"method":"turn/interrupt","id":1234567890123450e-1'],
      ['"method":"turn/interrupt","id":9007199254740991', '"method":"turn/interrupt","id":9007199254740991.0'],
    ]) {
      expect(codeOf(request(exact)), exact).toBe('ok');
      expect(request(inexact), inexact).toMatchObject({ ok: false, error: { id: null, error: { data: { issues: [{ path: '/id' }] } } } });
    }
    // A method written with an escape, a duplicate method or id: the exact scan decides, as JSON.parse reads the text.
    expect(request('"method":"turn\\/interrupt","id":1e2').ok).toBe(false);
    expect(request('"method":"turn\\/interrupt","id":3').ok).toBe(true);
    expect(request('"method":"x","method":"turn/interrupt","id":2.0').ok).toBe(false);
    // A duplicate method whose first spelling is short puts the end of "turn/interrupt" (11 + 14)
    // just before a nested `"id":5`: the top-level id, written 5.0, is still the one judged.
    const nested = '{"method":"abcd","params":{"id":5,"threadId":"t","turnId":"0"},"method":"turn/interrupt","id":5.0}';
    expect(nested.indexOf('"id":5,')).toBe(11 + 'turn/interrupt'.length + 2);
    expect(parse(nested, 'clientToServer')).toMatchObject({ ok: false, error: { error: { data: { issues: [{ path: '/id' }] } } } });
    expect(request('"id":1,"id":2.0,"method":"turn/interrupt"').ok).toBe(false);
    expect(request('"id":1.5,"id":2,"method":"turn/interrupt"').ok).toBe(true);
    // Responses, answered with a leading id.
    expect(parse('{"id":42,"result":{"id":1.5}}', 'serverToClient').ok).toBe(true);
    expect(parse('{"id":42.0,"result":{}}', 'serverToClient').ok).toBe(false);
  });

  it('judges an id by its own spelling wherever it stands and however the members before it are written (5,000 texts)', () => {
    // One id member, spelled as an integer or not, among methods written plainly or with escapes
    // (one of them possibly a duplicate), a jsonrpc member and params, in any order.
    const escaped = (name: string) => `"\\u${name.charCodeAt(0).toString(16).padStart(4, '0')}${JSON.stringify(name).slice(2)}`;
    const methodRaw = fc
      .tuple(
        fc.constantFrom('turn/interrupt', 'item/commandExecution/requestApproval', 'a"b', 'x\\y', ''),
        fc.constantFrom('plain', 'slash', 'unicode'),
      )
      .map(([name, how]) =>
        how === 'plain' || name === ''
          ? JSON.stringify(name)
          : how === 'slash'
            ? JSON.stringify(name).replace(/\//g, '\\/')
            : escaped(name),
      );
    const idRaw = fc
      .tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.constantFrom('', '.0', 'e0', 'E+0', 'e-1'))
      .map(([n, tail]) => ({ raw: tail === 'e-1' ? `${n * 10}e-1` : `${n}${tail}`, integer: tail === '' }));
    const member = fc.oneof(
      methodRaw.map((m) => `"method":${m}`),
      fc.constant('"jsonrpc":"2.0"'),
      fc.constant('"params":{"id":1.5,"threadId":"t"}'),
    );
    fc.assert(
      fc.property(fc.array(member, { maxLength: 4 }), idRaw, fc.nat(), (members, id, at) => {
        const all = [...members];
        all.splice(at % (all.length + 1), 0, `"id":${id.raw}`);
        const text = `{${all.join(',')}}`;
        const value = JSON.parse(text) as { id: number; method?: unknown };
        const method = typeof value.method === 'string' ? value.method : undefined;
        expect(inexactId(value.id, text, method) === undefined, text).toBe(id.integer);
      }),
      { seed: 20261202, numRuns: 5_000 },
    );
  });

  it('never misroutes a reply: 2^53 + 1 and 2^63 pair with nothing, a safe id with its own request', () => {
    const pending = new PendingRequests<ClientSide>();
    pending.track(clientRequest(9007199254740991, 'turn/interrupt', { threadId: 't', turnId: '0' }));
    expect(() => pending.track({ id: 9007199254740992, method: 'turn/interrupt' })).toThrow(/within/);
    for (const literal of ['9007199254740993', '9223372036854775808']) {
      const r = parse(`{"id":${literal},"result":{}}`, 'serverToClient');
      expect(r.ok).toBe(false);
    }
    expect(pending.size).toBe(1);
    const r = parse('{"id":9007199254740991,"result":{}}', 'serverToClient');
    expect(r.ok && r.kind === 'response' && pending.settle(r.message)).toMatchObject({ ok: true, method: 'turn/interrupt' });
  });
});

describe('envelope rules', () => {
  it('decides a server notification the same from text (the fast path) as from its value, whatever is wrong with it', () => {
    const good = { method: 'item/agentMessage/delta', params: { threadId: 't', turnId: '0', itemId: 'i', delta: 'hi' }, emittedAtMs: 1 };
    const deep = JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`) as unknown;
    const variants: [string, unknown, boolean][] = [
      ['valid', good, true],
      ['with an id', { ...good, id: 1 }, false],
      ['with a result', { ...good, result: {} }, false],
      ['with an error', { ...good, error: { code: 1, message: 'm' } }, false],
      ['with jsonrpc 1.0', { jsonrpc: '1.0', ...good }, false],
      ['emittedAtMs not an integer', { ...good, emittedAtMs: 1.5 }, false],
      ['bad params', { ...good, params: { ...good.params, delta: 1 } }, false],
      ['params nested past the limit', { ...good, params: { ...good.params, extra: deep } }, false],
      [
        'a server request without its id',
        { method: 'item/commandExecution/requestApproval', params: { threadId: 't', turnId: '0', itemId: 'c', startedAtMs: 1 } },
        false,
      ],
      ['a client method', { method: 'turn/start', params: { threadId: 't', input: [] } }, false],
      ['an unknown method', { method: 'item/unknown', params: {} }, false],
    ];
    for (const [name, message, ok] of variants) {
      const fromText = parse(JSON.stringify(message), 'serverToClient');
      const fromValue = parse(message, 'serverToClient');
      expect(fromText.ok, name).toBe(ok);
      expect(fromText.ok ? fromText.kind : fromText.error, name).toEqual(fromValue.ok ? fromValue.kind : fromValue.error);
    }
  });

  it('a response has exactly one of result and error; a message with a method has neither', () => {
    expect(codeOf(parse('{"id":1,"result":{},"error":{"code":1,"message":"m"}}', 'serverToClient'))).toBe(ErrorCode.InvalidRequest);
    expect(codeOf(parse('{"id":1,"method":"turn/interrupt","params":{"threadId":"t","turnId":"0"},"result":{}}', 'clientToServer'))).toBe(
      ErrorCode.InvalidRequest,
    );
  });

  it('id null only on an error response, as the bundle says too', () => {
    const err = { id: null, error: { code: -32700, message: 'Parse error' } };
    expect(parse(err, 'serverToClient')).toMatchObject({ ok: true, kind: 'error' });
    expect(bundleValidator('JSONRPCError')(err)).toBe(true);
    expect(parse({ id: null, result: {} }, 'serverToClient').ok).toBe(false);
    expect(bundleValidator('JSONRPCResponse')({ id: null, result: {} })).toBe(false);
    expect(parse({ id: null, method: 'turn/interrupt', params: { threadId: 't', turnId: '0' } }, 'clientToServer').ok).toBe(false);
  });

  it('refuses a direction that is neither, and bytes, saying what to pass', () => {
    const line = '{"method":"item/agentMessage/delta","params":{"threadId":"t","turnId":"0","itemId":"i","delta":"x"}}';
    expect(parse(line, 'bogus' as 'serverToClient')).toMatchObject({
      ok: false,
      reply: false,
      error: { error: { code: ErrorCode.InternalError, message: expect.stringMatching(/direction/) } },
    });
    const bytes = parse(new TextEncoder().encode(line), 'serverToClient');
    expect(bytes).toMatchObject({ ok: false, error: { error: { message: expect.stringMatching(/pass the message as a string/) } } });
  });

  it('cuts every echoed value: a 1 MB method name comes back as a few dozen characters', () => {
    const r = parse(JSON.stringify({ id: 1, method: 'x'.repeat(1_000_000) }), 'clientToServer');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.error.code).toBe(ErrorCode.MethodNotFound);
    expect(JSON.stringify(r.error).length).toBeLessThan(500);
  });
});
