/**
 * ServerConnection over in-memory streams, against a scripted client (release 0.64.0): client
 * requests reach their handlers with checked params, answers are checked before they are sent,
 * unknown methods and bad params are answered automatically (JSON-RPC codes, or codex's -32600),
 * and the server's own notifications and requests (approvals) are typed and checked.
 */
import { describe, expect, it, vi } from 'vitest';
import { connect, RequestTimeoutError } from '../src/client/index.js';
import { InvalidMessageError, InvalidResultError, serve, type ServerOptions } from '../src/server/index.js';
import { collector, errorsOf, wire } from './support/connection-wire.js';

function setup(options: Omit<ServerOptions<'0.64.0'>, 'release'> = {}) {
  const w = wire();
  const conn = serve(w.input, w.output, { release: '0.64.0', ...options });
  return { w, conn, errors: errorsOf(conn) };
}

describe('client requests', () => {
  it('reach the handler with their params; the answer is sent as the result', async () => {
    const { w, conn } = setup();
    conn.onRequest('initialize', (params) => ({ userAgent: `test-server (${params.clientInfo.name})` }));
    const initialized = collector<string>();
    conn.onNotification('initialized', () => initialized.push('initialized'));
    w.send({ id: 1, method: 'initialize', params: { clientInfo: { name: 'cli', version: '1' } } });
    expect(await w.next()).toEqual({ id: 1, result: { userAgent: 'test-server (cli)' } });
    w.send({ method: 'initialized' });
    expect(await initialized.until(1)).toEqual(['initialized']);
    await conn.close();
  });

  it('answers an unknown method with -32601 and bad params with -32602, naming the path', async () => {
    const { w, conn } = setup();
    conn.onRequest('thread/start', () => {
      throw new Error('not reached');
    });
    w.send({ id: 1, method: 'thread/fork', params: {} });
    expect(await w.next()).toMatchObject({ id: 1, error: { code: -32601, message: 'Method not found: "thread/fork"' } });
    w.send({ id: 2, method: 'thread/start', params: { approvalPolicy: 42 } });
    expect(await w.next()).toMatchObject({
      id: 2,
      error: { code: -32602, data: { issues: [{ path: '/params/approvalPolicy', kind: 'shape' }] } },
    });
    await conn.close();
  });

  it('with errorCodes "codex", answers both with -32600, as the codex server does', async () => {
    const { w, conn } = setup({ errorCodes: 'codex' });
    w.send({ id: 1, method: 'thread/fork', params: {} });
    expect(await w.next()).toMatchObject({ id: 1, error: { code: -32600 } });
    w.send({ id: 2, method: 'thread/start', params: { approvalPolicy: 42 } });
    expect(await w.next()).toMatchObject({ id: 2, error: { code: -32600 } });
    w.send({ id: 3, method: 'model/list', params: {} });
    expect(await w.next()).toMatchObject({ id: 3, error: { code: -32600, message: 'No handler for model/list on this server' } });
    await conn.close();
  });

  it('checks the answer before sending it: one that does not match becomes -32603 and is reported', async () => {
    const { w, conn, errors } = setup();
    conn.onRequest('model/list', () => ({ data: 'none' }) as never);
    w.send({ id: 1, method: 'model/list', params: {} });
    expect(await w.next()).toEqual({
      id: 1,
      error: { code: -32603, message: 'Internal error: the answer to model/list does not match the schema' },
    });
    expect(await errors.next()).toMatchObject({ kind: 'invalidAnswer', details: { issues: [{ path: '/data', kind: 'type' }] } });
    await conn.close();
  });

  it('reads a newer client tolerantly: a new enum value in params reaches the handler, flagged', async () => {
    const { w, conn } = setup();
    const seen = collector<unknown>();
    conn.onRequest('thread/start', (params, context) => {
      seen.push([params.approvalPolicy, context.tolerated?.map((i) => i.path)]);
      throw new Error('stop here');
    });
    // 0.171.0 spells it "on-request".
    w.send({ id: 1, method: 'thread/start', params: { approvalPolicy: 'on-request' } });
    expect(await seen.until(1)).toEqual([['on-request', ['/params/approvalPolicy']]]);
    expect(await w.next()).toMatchObject({ id: 1, error: { code: -32603, message: 'Internal error: stop here' } });
    await conn.close();
  });
});

describe('what the server sends', () => {
  it('notifications are typed and checked', async () => {
    const { w, conn } = setup();
    await conn.notify('turn/started', { threadId: 't', turn: { id: '0', items: [], status: 'inProgress' } });
    expect(await w.next()).toEqual({
      method: 'turn/started',
      params: { threadId: 't', turn: { id: '0', items: [], status: 'inProgress' } },
    });
    await expect(conn.notify('turn/started', { threadId: 't' } as never)).rejects.toBeInstanceOf(InvalidMessageError);
    await conn.close();
  });

  it("an approval request resolves with the client's checked answer; a wrong answer rejects with InvalidResultError", async () => {
    const { w, conn } = setup();
    const ask = (itemId: string) =>
      conn.request('item/fileChange/requestApproval', { threadId: 't', turnId: '0', itemId, reason: null, grantRoot: null });
    const first = ask('p1');
    const request = await w.next();
    expect(request).toMatchObject({ method: 'item/fileChange/requestApproval', params: { itemId: 'p1' } });
    w.send({ id: request.id, result: { decision: 'accept' } });
    expect(await first).toEqual({ decision: 'accept' });
    const second = ask('p2');
    const again = await w.next();
    w.send({ id: again.id, result: { decision: 42 } });
    await expect(second).rejects.toBeInstanceOf(InvalidResultError);
    await conn.close();
  });

  it("requests to the client have no time limit by default (an approval waits for a person); a client's have 60 s", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { w, conn } = setup();
      let outcome = 'waiting';
      const pending = conn.request('item/fileChange/requestApproval', {
        threadId: 't',
        turnId: '0',
        itemId: 'p',
        reason: null,
        grantRoot: null,
      });
      pending.then(
        () => (outcome = 'answered'),
        () => (outcome = 'rejected'),
      );
      await w.next();
      const client = wire();
      const clientConn = connect(client.input, client.output, { release: '0.64.0' });
      const call = clientConn.request('model/list', {});
      const failed = call.catch((e: unknown) => e);
      await client.next();
      vi.advanceTimersByTime(60_001);
      expect(await failed).toBeInstanceOf(RequestTimeoutError);
      vi.advanceTimersByTime(24 * 3600_000);
      await Promise.resolve();
      expect(outcome).toBe('waiting');
      await conn.close();
      await clientConn.close();
      expect(outcome).toBe('rejected');
    } finally {
      vi.useRealTimers();
    }
  });
});
