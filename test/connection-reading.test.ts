/**
 * Reading a newer peer: a 0.64.0 client gets what a 0.171.0 server sends (an unknown
 * notification, a new enum value, a new union variant, new fields), under the tolerant policy
 * (the default) and under strict. Tolerant keeps and flags what only a newer release explains;
 * both refuse what no release would send (a missing required field, a wrong type).
 */
import { describe, expect, it } from 'vitest';
import { connect, InvalidResultError, tolerated, type Reading } from '../src/client/index.js';
import { collector, errorsOf, wire } from './support/connection-wire.js';

function setup(reading?: Reading) {
  const w = wire();
  const conn = connect(w.input, w.output, { release: '0.64.0', ...(reading === undefined ? {} : { reading }) });
  const notifications = collector<{ known: boolean; method: string; params: any; tolerated?: readonly unknown[] }>();
  conn.onAnyNotification((n) => notifications.push(n));
  return { w, conn, errors: errorsOf(conn), notifications };
}

// Sent by the real 0.171.0 server (test/fixtures/wire/0.171.0/turn-stream.jsonl); 0.64.0 has no such method.
const statusChanged = { method: 'thread/status/changed', params: { threadId: 't', status: { type: 'active', activeFlags: [] } } };
// AuthMode is an enum; 0.171.0 adds "agentIdentity" (upstream/0.171.0/typescript/AuthMode.ts) to 0.64.0's "apikey" and "chatgpt".
const newValue = { method: 'account/updated', params: { authMode: 'agentIdentity' } };
// ThreadItem is tagged by `type`; "hookPrompt" is a 0.171.0 variant 0.64.0 does not have.
const newVariant = { method: 'item/started', params: { threadId: 't', turnId: '1', item: { type: 'hookPrompt', id: 'h1', text: 'x' } } };
// A new field on an open object (0.171.0 adds emittedAtMs to its notifications): valid for 0.64.0 as it is.
const newField = {
  method: 'turn/started',
  params: { threadId: 't', turn: { id: '1', items: [], status: 'inProgress' }, emittedAtMs: 1764000000000 },
};
// A new field where the type lists its fields (CodexErrorInfo's object variants are closed).
const closedField = {
  method: 'error',
  params: {
    threadId: 't',
    turnId: '1',
    error: { message: 'bad gateway', codexErrorInfo: { httpConnectionFailed: { httpStatusCode: 502 }, retryAfterMs: 100 } },
  },
};
// No release sends this: `turn` is required.
const broken = { method: 'turn/completed', params: { threadId: 't' } };

const thread = {
  id: 't',
  preview: '',
  modelProvider: 'scripted',
  createdAt: 1,
  path: '/r.jsonl',
  cwd: '/w',
  cliVersion: '0.171.0',
  source: 'vscode',
  gitInfo: null,
  turns: [],
};
// What the real 0.171.0 server answers: approvalPolicy spelled "on-request" (0.64.0 says "onRequest").
const newerResult = {
  thread,
  model: 'gpt-5.5',
  modelProvider: 'scripted',
  cwd: '/w',
  approvalPolicy: 'on-request',
  sandbox: { type: 'readOnly' },
  reasoningEffort: null,
};

describe('tolerant reading (the default)', () => {
  it('delivers an unknown notification to the catch-all as untyped, and to no typed handler', async () => {
    const { w, conn, errors, notifications } = setup();
    w.send(statusChanged);
    const [n] = await notifications.until(1);
    expect(n).toEqual({ known: false, method: 'thread/status/changed', params: statusChanged.params });
    expect(errors.all).toEqual([]);
    await conn.close();
  });

  it('keeps a new enum value and a new variant, flagged with their issues', async () => {
    const { w, conn, errors, notifications } = setup();
    const typed = collector<unknown>();
    conn.onNotification('account/updated', (params, event) => {
      expect(event.tolerated).toBe(tolerated(params));
      typed.push(params.authMode);
    });
    w.send(newValue);
    w.send(newVariant);
    const [status, variant] = await notifications.until(2);
    expect(status).toMatchObject({
      known: true,
      method: 'account/updated',
      params: newValue.params,
      tolerated: [{ path: '/params/authMode', kind: 'value', found: 'string "agentIdentity"' }],
    });
    expect(variant).toMatchObject({
      known: true,
      method: 'item/started',
      params: newVariant.params,
      tolerated: [{ path: '/params/item/type', kind: 'tag' }],
    });
    expect(tolerated(variant!.params)).toEqual(variant!.tolerated);
    expect(await typed.until(1)).toEqual(['agentIdentity']);
    expect(errors.all).toEqual([]);
    await conn.close();
  });

  it('keeps new fields: as they are on an open object, flagged where the type lists its fields', async () => {
    const { w, conn, notifications } = setup();
    w.send(newField);
    w.send(closedField);
    const [open, closed] = await notifications.until(2);
    expect(open).toEqual({ known: true, method: 'turn/started', params: newField.params });
    expect(open!.params.emittedAtMs).toBe(1764000000000);
    expect(closed).toMatchObject({
      known: true,
      params: closedField.params,
      tolerated: [{ path: '/params/error/codexErrorInfo/retryAfterMs', kind: 'extra' }],
    });
    await conn.close();
  });

  it('resolves a result with a new enum value, flagged; tolerated() gives its issues', async () => {
    const { w, conn } = setup();
    const call = conn.request('thread/start', {});
    const { id } = await w.next();
    w.send({ id, result: newerResult });
    const result = await call;
    expect(result.approvalPolicy).toBe('on-request');
    expect(tolerated(result)).toEqual([expect.objectContaining({ path: '/approvalPolicy', kind: 'value' })]);
    await conn.close();
  });

  it('hands a server request with a new enum value to its handler, flagged', async () => {
    const { w, conn } = setup();
    const seen = collector<unknown>();
    conn.onRequest('item/commandExecution/requestApproval', (params, context) => {
      seen.push(context.tolerated);
      return { decision: (params.risk?.riskLevel as string | undefined) === 'critical' ? 'decline' : 'accept' };
    });
    // "critical" is no CommandRiskLevel of 0.64.0 (low, medium, high).
    w.send({
      id: 5,
      method: 'item/commandExecution/requestApproval',
      params: { threadId: 't', turnId: '1', itemId: 'c', reason: null, risk: { description: 'rm -rf', riskLevel: 'critical' } },
    });
    expect(await w.next()).toEqual({ id: 5, result: { decision: 'decline' } });
    expect(await seen.until(1)).toEqual([[expect.objectContaining({ path: '/params/risk/riskLevel', kind: 'value' })]]);
    await conn.close();
  });

  it('still refuses what no release sends (a missing required field): reported and dropped', async () => {
    const { w, conn, errors, notifications } = setup();
    w.send(broken);
    w.send(newField);
    const error = await errors.next();
    expect(error).toMatchObject({
      kind: 'refused',
      details: { method: 'turn/completed', issues: [{ path: '/params/turn', kind: 'required' }], received: broken },
    });
    expect((await notifications.until(1)).map((n) => n.method)).toEqual(['turn/started']);
    await conn.close();
  });

  it('gives an unknown server request to the catch-all request handler, and answers with what it returns', async () => {
    const { w, conn } = setup();
    conn.onAnyRequest((request) => {
      expect(request).toEqual({ known: false, id: 9, method: 'item/tool/requestUserInput', params: { questions: [] } });
      return { answers: {} };
    });
    w.send({ id: 9, method: 'item/tool/requestUserInput', params: { questions: [] } });
    expect(await w.next()).toEqual({ id: 9, result: { answers: {} } });
    await conn.close();
  });
});

describe('strict reading', () => {
  it("drops an unknown notification, a new enum value, a new variant and a closed object's new field, reporting each", async () => {
    const { w, conn, errors, notifications } = setup('strict');
    for (const m of [statusChanged, newValue, newVariant, closedField, newField]) w.send(m);
    const reports = [await errors.next(), await errors.next(), await errors.next(), await errors.next()];
    expect(reports.map((e) => [e.kind, e.details.method, e.details.issues?.[0]?.kind])).toEqual([
      ['refused', 'thread/status/changed', undefined],
      ['refused', 'account/updated', 'value'],
      ['refused', 'item/started', 'tag'],
      ['refused', 'error', 'extra'],
    ]);
    // A new field on an open object matches the schema, so it passes under strict too.
    expect((await notifications.until(1)).map((n) => n.method)).toEqual(['turn/started']);
    await conn.close();
  });

  it('rejects a result with a new enum value with InvalidResultError carrying the raw result and the issues', async () => {
    const { w, conn } = setup('strict');
    const call = conn.request('thread/start', {});
    const { id } = await w.next();
    w.send({ id, result: newerResult });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResultError);
    expect(error).toMatchObject({ method: 'thread/start', result: newerResult, issues: [{ path: '/approvalPolicy', kind: 'value' }] });
    await conn.close();
  });

  it('answers a server request with an unknown method or bad params with the JSON-RPC error', async () => {
    const { w, conn } = setup('strict');
    conn.onRequest('item/commandExecution/requestApproval', () => ({ decision: 'accept' }));
    conn.onAnyRequest(() => ({}));
    w.send({ id: 1, method: 'item/tool/requestUserInput', params: {} });
    expect(await w.next()).toMatchObject({ id: 1, error: { code: -32601, message: 'Method not found: "item/tool/requestUserInput"' } });
    w.send({
      id: 2,
      method: 'item/commandExecution/requestApproval',
      params: { threadId: 't', turnId: '1', itemId: 'c', reason: null, risk: { description: 'rm', riskLevel: 'critical' } },
    });
    expect(await w.next()).toMatchObject({ id: 2, error: { code: -32602 } });
    await conn.close();
  });
});
