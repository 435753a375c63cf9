/**
 * The runtime API, on release 0.64.0 (its own entry point; the v1 API and the event stream are
 * there): parse() over every conformance fixture, error codes and paths, input that must not
 * crash or be mutated, limits, builders and response pairing.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clientNotification,
  clientRequest,
  ErrorCode,
  parse,
  PendingRequests,
  respond,
  serverNotification,
  serverRequest,
  validateParams,
  validateResult,
  type ClientSide,
} from '../src/runtime/releases/0.64.0.js';
import { loadFixtures } from './support/fixtures.js';
import { repoRoot } from './support/schemas.js';

const fixtures = loadFixtures('0.64.0');

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('parse() on the conformance fixtures', () => {
  it('gives every fixture its expected verdict, with the JSON-RPC code and the failing path', () => {
    let checked = 0;
    for (const f of fixtures) {
      const text = JSON.stringify(f.message);
      const parsed = parse(text, f.direction);
      const expectedPaths = f.expectedErrorPaths ?? (f.expectedErrorPath === undefined ? [] : [f.expectedErrorPath]);
      if (f.kind === 'response') {
        if (!parsed.ok || parsed.kind !== 'response') {
          // Refused at the envelope (e.g. no id): only an invalid fixture may be.
          expect(f.valid, `${f.file} refused: ${JSON.stringify(parsed)}`).toBe(false);
          continue;
        }
        const v = validateResult(f.method, parsed.message.result);
        expect(v.ok, `${f.file}: ${JSON.stringify(v)}`).toBe(f.valid);
        if (!v.ok) {
          expect(v.code).toBe(ErrorCode.InvalidResult);
          const paths = v.issues.map((i) => `/result${i.path}`);
          expect(
            paths.some((p) => expectedPaths.includes(p)),
            `${f.file}: ${paths.join(', ')} vs ${expectedPaths.join(', ')}`,
          ).toBe(true);
        }
      } else {
        expect(parsed.ok, `${f.file}: ${JSON.stringify(parsed)}`).toBe(f.valid);
        if (parsed.ok) expect(parsed.kind, f.file).toBe(f.kind);
        else {
          const paths = parsed.error.error.data.issues.map((i) => i.path);
          expect(
            paths.some((p) => expectedPaths.includes(p)),
            `${f.file}: ${paths.join(', ')} vs ${expectedPaths.join(', ')}`,
          ).toBe(true);
          const code = parsed.error.error.code;
          if (expectedPaths.every((p) => p.startsWith('/params'))) expect(code, f.file).toBe(ErrorCode.InvalidParams);
          else if (expectedPaths.includes('/method')) expect([ErrorCode.MethodNotFound, ErrorCode.InvalidRequest], f.file).toContain(code);
          else expect(code, f.file).toBe(ErrorCode.InvalidRequest);
          expect(parsed.error.error.message.length).toBeGreaterThan(5);
        }
      }
      // The same verdict for the already-parsed (and frozen) value, which is left untouched.
      const value = deepFreeze(JSON.parse(text));
      const again = parse(value, f.direction);
      expect(again.ok, f.file).toBe(parsed.ok);
      expect(JSON.stringify(value)).toBe(text);
      checked++;
    }
    expect(checked).toBe(fixtures.length);
  });
});

describe('parse() errors', () => {
  const codeOf = (input: unknown, direction: 'clientToServer' | 'serverToClient' = 'clientToServer') => {
    const r = parse(input, direction);
    return r.ok ? 'ok' : r.error.error.code;
  };

  it('answers unreadable JSON with -32700 and no id', () => {
    const r = parse('{"id": 1, "method": ', 'clientToServer');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ id: null, error: { code: -32700 } });
      expect(r.reply).toBe(false);
    }
  });

  it('answers malformed envelopes with -32600 naming the path', () => {
    for (const [input, path] of [
      ['[]', ''],
      ['42', ''],
      ['{"id": 1.5, "method": "thread/start", "params": {}}', '/id'],
      ['{"id": 1, "method": 7}', '/method'],
      ['{"jsonrpc": "1.0", "id": 1, "method": "account/logout"}', '/jsonrpc'],
      ['{"id": 1}', '/method'],
      ['{"method": "thread/start", "params": {}}', '/id'],
      ['{"id": 1, "error": {"code": "x", "message": "m"}}', '/error/code'],
    ] as const) {
      const r = parse(input, 'clientToServer');
      expect(r.ok, input).toBe(false);
      if (!r.ok) {
        expect(r.error.error.code, input).toBe(-32600);
        expect(
          r.error.error.data.issues.map((i) => i.path),
          input,
        ).toContain(path);
      }
    }
  });

  it('answers unknown methods, and methods of the other direction, with -32601', () => {
    expect(codeOf('{"id": 1, "method": "thread/bogus", "params": {}}')).toBe(-32601);
    expect(codeOf('{"id": 1, "method": "item/commandExecution/requestApproval", "params": {}}')).toBe(-32601);
    expect(codeOf('{"method": "turn/started", "params": {}}')).toBe(-32601);
    for (const method of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(codeOf({ id: 1, method, params: {} }), method).toBe(-32601);
  });

  it('answers bad params with -32602, listing each failing path with what was expected', () => {
    const r = parse(
      '{"id": 7, "method": "turn/start", "params": {"threadId": 5, "input": [{"type": "bogus"}], "approvalPolicy": "sometimes"}}',
      'clientToServer',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reply).toBe(true);
    expect(r.error.id).toBe(7);
    expect(r.error.error.code).toBe(-32602);
    const issues = Object.fromEntries(r.error.error.data.issues.map((i) => [i.path, i]));
    expect(issues['/params/threadId']).toMatchObject({ expected: 'string', found: 'number 5' });
    expect(issues['/params/input/0/type']).toMatchObject({
      expected: 'a known "type" value (one of "text", "image", "localImage")',
      found: 'string "bogus"',
    });
    expect(issues['/params/approvalPolicy']?.expected).toMatch(/one of "unlessTrusted", "onFailure", "onRequest", "never"/);
  });

  it('requires params where the method takes them and refuses them where it does not', () => {
    expect(codeOf('{"id": 1, "method": "thread/archive"}')).toBe(-32602);
    expect(codeOf('{"id": 1, "method": "account/logout"}')).toBe('ok');
    expect(codeOf('{"id": 1, "method": "account/logout", "params": null}')).toBe('ok');
    expect(codeOf('{"id": 1, "method": "account/logout", "params": {"x": 1}}')).toBe(-32602);
  });

  it('checks codex/event/<type> params against that one event type', () => {
    const good = {
      method: 'codex/event/task_started',
      params: { id: '0', conversationId: 'c', msg: { type: 'task_started', model_context_window: 272000 } },
    };
    expect(codeOf(good, 'serverToClient')).toBe('ok');
    const r = parse({ ...good, params: { ...good.params, msg: { type: 'agent_message', message: 'hi' } } }, 'serverToClient');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.error.data.issues.map((i) => i.path)).toContain('/params/msg/type');
  });

  it('never throws, whatever the input', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const cyclic: Record<string, unknown> = { id: 1, method: 'thread/start', params: {} };
    (cyclic.params as Record<string, unknown>).self = cyclic;
    for (const input of [
      undefined,
      null,
      0,
      '',
      ' ',
      'null',
      '"x"',
      '{',
      '\u0000',
      Symbol('s'),
      () => 1,
      hostile,
      cyclic,
      { id: 1, method: 'thread/start', params: hostile },
    ]) {
      expect(() => parse(input, 'clientToServer')).not.toThrow();
      expect(parse(input, 'clientToServer').ok).toBe(false);
      expect(() => validateParams('thread/start', input)).not.toThrow();
    }
    // Options that throw when read are refused (a problem on this side: -32603), not thrown.
    const badOptions = {
      get limits(): never {
        throw new Error('boom');
      },
    };
    expect(parse('{"method":"initialized"}', 'clientToServer', badOptions)).toMatchObject({
      ok: false,
      reply: false,
      error: { error: { code: -32603 } },
    });
  });

  it('lets __proto__ and constructor keys through as data without polluting anything', () => {
    const text =
      '{"id": 1, "method": "thread/start", "params": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "model": "m"}}';
    const r = parse(text, 'clientToServer');
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    const bad = parse('{"id": 1, "method": "thread/start", "params": {"__proto__": {"polluted": true}, "model": 5}}', 'clientToServer');
    expect(bad.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('limits', () => {
  it('refuses input over the byte limit before parsing it, and the limit is configurable', () => {
    const big = `{"method":"item/agentMessage/delta","params":{"threadId":"t","turnId":"0","itemId":"i","delta":"${'x'.repeat(2_000)}"}}`;
    expect(parse(big, 'serverToClient').ok).toBe(true);
    const r = parse(big, 'serverToClient', { limits: { maxBytes: 1_000 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.error).toMatchObject({ code: -32600, message: expect.stringMatching(/larger than 1000 bytes/) });
    // Multi-byte characters count as bytes, not as UTF-16 units.
    const wide = `{"method":"item/agentMessage/delta","params":{"threadId":"t","turnId":"0","itemId":"i","delta":"${'é'.repeat(600)}"}}`;
    expect(parse(wide, 'serverToClient', { limits: { maxBytes: 1_000 } }).ok).toBe(false);
  });

  it('refuses nesting deeper than the depth limit, naming where, and the limit is configurable', () => {
    const deep = (n: number) =>
      `{"id":1,"method":"config/value/write","params":{"filePath":"f","keyPath":"k","mergeStrategy":"replace","value":${'['.repeat(n)}${']'.repeat(n)}}}`;
    expect(parse(deep(50), 'clientToServer').ok).toBe(true);
    const r = parse(deep(100_000), 'clientToServer');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.error.code).toBe(-32600);
      expect(r.error.error.data.issues[0]!.path.startsWith('/params/value/0/0')).toBe(true);
    }
    expect(parse(deep(50), 'clientToServer', { limits: { maxDepth: 20 } }).ok).toBe(false);
  });

  it('refuses depth hidden under a key the schema does not know, although the params pass their check', () => {
    const extra = (n: number) =>
      `{"method":"item/agentMessage/delta","params":{"threadId":"t","turnId":"0","itemId":"i","delta":"x","extra":${'['.repeat(n)}${']'.repeat(n)}}}`;
    expect(parse(extra(100), 'serverToClient').ok).toBe(true);
    const r = parse(extra(200), 'serverToClient');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.error.data.issues[0]!.path.startsWith('/params/extra/0')).toBe(true);
    // The same holds for an already-parsed value, and for validateParams.
    expect(parse(JSON.parse(extra(200)), 'serverToClient').ok).toBe(false);
    expect(validateParams('item/agentMessage/delta', JSON.parse(extra(200)).params).ok).toBe(false);
  });
});

describe('builders and response pairing', () => {
  it('builds messages that parse back to themselves', () => {
    const req = clientRequest(1, 'thread/start', { model: 'gpt-5.1-codex' });
    expect(req).toEqual({ id: 1, method: 'thread/start', params: { model: 'gpt-5.1-codex' } });
    expect(clientRequest(2, 'account/logout')).toEqual({ id: 2, method: 'account/logout' });
    expect(parse(JSON.stringify(clientRequest(2, 'account/logout')), 'clientToServer').ok).toBe(true);
    const approval = serverRequest(0, 'item/fileChange/requestApproval', { threadId: 't', turnId: '1', itemId: 'call_1' });
    expect(parse(approval, 'serverToClient')).toMatchObject({ ok: true, kind: 'request', message: approval });
    expect(parse(serverNotification('turn/diff/updated', { threadId: 't', turnId: '1', diff: '' }), 'serverToClient').ok).toBe(true);
    expect(parse(clientNotification('initialized'), 'clientToServer').ok).toBe(true);
  });

  it('pairs a response with its request, validating the result by the request method', () => {
    const pending = new PendingRequests<ClientSide>();
    pending.track(clientRequest(1, 'account/read', { refreshToken: false }));
    pending.track(clientRequest('two', 'thread/archive', { threadId: 't' }));
    const settled = pending.settle({ id: 1, result: { account: { type: 'apiKey' }, requiresOpenaiAuth: true } });
    expect(settled).toMatchObject({ ok: true, method: 'account/read' });
    if (settled.ok && settled.method === 'account/read') expect(settled.result.requiresOpenaiAuth).toBe(true);
    const wrong = pending.settle({ id: 'two', result: 'nope' });
    expect(wrong).toMatchObject({ ok: false, method: 'thread/archive', error: { code: ErrorCode.InvalidResult } });
    expect(pending.size).toBe(0);
    expect(pending.settle({ id: 99, result: {} })).toMatchObject({ ok: false, error: { data: { issues: [{ path: '/id' }] } } });
    expect(respond({ id: 5, method: 'thread/archive' }, {})).toEqual({ id: 5, result: {} });
  });
});

describe('the runtime as shipped', () => {
  it('imports only its own relative modules: no Node built-ins, no dependencies (any bundler, any browser)', () => {
    const seen = new Set<string>();
    const bare: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
        const spec = (m[1] ?? m[2])!;
        if (!spec.startsWith('.')) bare.push(`${file.slice(repoRoot.length)}: ${spec}`);
        else visit(join(dirname(file), spec));
      }
    };
    visit(`${repoRoot}dist/src/runtime/index.js`);
    expect(bare).toEqual([]);
    expect([...seen].some((f) => f.includes('/generated/validators/checks.js'))).toBe(true);
  });
});
