/**
 * Methods whose params may be left out (0.171.0's `account/rateLimits/read`, upstream's
 * `Option<…>` params): absent, null or a value are all accepted by every reader (the runtime's
 * fast path and explainer, the bundle through Ajv), the builders take the params as an optional
 * argument and leave the key out when none is given, and the release before, where the method
 * takes no params at all, still refuses any.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { clientRequest, parse, validateParams, type ParamsMap, type Types } from '../src/runtime/index.js';
import type { GetAccountRateLimitsParams } from '../generated/typescript/v2/index.js';
import { findMethod } from '../src/registry.js';
import { bundleValidator, dispatchValidator, repoRoot } from './support/schemas.js';

const METHOD = 'account/rateLimits/read';

describe('optional params (account/rateLimits/read in 0.171.0)', () => {
  it('is marked in the registry and the meta model of 0.171.0 only', () => {
    expect(findMethod(METHOD, '0.171.0')).toMatchObject({ paramsOptional: true, params: { name: 'GetAccountRateLimitsParams' } });
    expect(findMethod(METHOD, '0.64.0')).toMatchObject({ params: null });
    expect(findMethod(METHOD, '0.64.0')).not.toHaveProperty('paramsOptional');
    const meta = (file: string) =>
      (
        JSON.parse(readFileSync(join(repoRoot, file, 'protocol.json'), 'utf8')) as { methods: { method: string; paramsOptional?: true }[] }
      ).methods.filter((m) => m.method === METHOD);
    expect(meta('generated/json').map((m) => m.paramsOptional)).toEqual([true]);
    expect(meta('generated/releases/0.64.0/json').map((m) => m.paramsOptional)).toEqual([undefined]);
  });

  it('accepts the request without params, with null and with params, and refuses bad params', () => {
    const verdict = (text: string, release: '0.64.0' | '0.171.0') => {
      const r = parse(text, 'clientToServer', { release });
      return r.ok ? 'ok' : r.error.error.code;
    };
    expect(verdict(`{"id":1,"method":"${METHOD}"}`, '0.171.0')).toBe('ok');
    expect(verdict(`{"id":1,"method":"${METHOD}","params":null}`, '0.171.0')).toBe('ok');
    expect(verdict(`{"id":1,"method":"${METHOD}","params":{}}`, '0.171.0')).toBe('ok');
    expect(verdict(`{"id":1,"method":"${METHOD}","params":{"excludeResetCreditDetails":true}}`, '0.171.0')).toBe('ok');
    expect(verdict(`{"id":1,"method":"${METHOD}","params":{"excludeResetCreditDetails":"yes"}}`, '0.171.0')).toBe(-32602);
    expect(verdict(`{"id":1,"method":"${METHOD}","params":[]}`, '0.171.0')).toBe(-32602);
    // 0.64.0 takes none.
    expect(verdict(`{"id":1,"method":"${METHOD}"}`, '0.64.0')).toBe('ok');
    expect(verdict(`{"id":1,"method":"${METHOD}","params":{}}`, '0.64.0')).toBe(-32602);
  });

  it('gives validateParams undefined for absent or null params, and the params otherwise', () => {
    expect(validateParams(METHOD, undefined)).toEqual({ ok: true, value: undefined });
    expect(validateParams(METHOD, null)).toEqual({ ok: true, value: undefined });
    expect(validateParams(METHOD, { excludeResetCreditDetails: false })).toEqual({ ok: true, value: { excludeResetCreditDetails: false } });
    expect(validateParams(METHOD, { excludeResetCreditDetails: 1 })).toMatchObject({
      ok: false,
      issues: [{ path: '/excludeResetCreditDetails' }],
    });
  });

  it('builds the request with the params or without the key', () => {
    expect(clientRequest(1, METHOD)).toEqual({ id: 1, method: METHOD });
    expect(Object.keys(clientRequest(1, METHOD, undefined))).toEqual(['id', 'method']);
    expect(clientRequest(1, METHOD, { excludeResetCreditDetails: true })).toEqual({
      id: 1,
      method: METHOD,
      params: { excludeResetCreditDetails: true },
    });
    expectTypeOf<ParamsMap<Types<'0.171.0'>>[typeof METHOD]>().toEqualTypeOf<GetAccountRateLimitsParams | undefined>();
    expectTypeOf<ParamsMap<Types<'0.64.0'>>[typeof METHOD]>().toEqualTypeOf<undefined>();
    // @ts-expect-error: params that are not GetAccountRateLimitsParams
    clientRequest(1, METHOD, { excludeResetCreditDetails: 'yes' });
  });

  it('reads the same in the bundle: params optional and nullable in 0.171.0, absent or null in 0.64.0', () => {
    for (const [release, withParams] of [
      ['0.171.0', true],
      ['0.64.0', false],
    ] as const) {
      for (const check of [bundleValidator('ClientRequest', release), dispatchValidator('ClientRequest', release)]) {
        expect(check({ id: 1, method: METHOD }), release).toBe(true);
        expect(check({ id: 1, method: METHOD, params: null }), release).toBe(true);
        expect(check({ id: 1, method: METHOD, params: {} }), release).toBe(withParams);
      }
    }
  });
});
