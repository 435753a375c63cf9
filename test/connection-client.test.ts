/**
 * ClientConnection over in-memory streams, against a scripted peer (release 0.64.0): the
 * handshake, request ids and pairing, error answers, timeouts, abort, close with requests
 * pending, duplicate and unknown response ids, notifications (typed handler, catch-all,
 * iterator), server requests (handled, unhandled, failing handler, invalid answer), and what
 * this side sends checked strictly.
 */
import { describe, expect, it } from 'vitest';
import { connect, ConnectionClosedError, InvalidMessageError, RequestTimeoutError, RpcError } from '../src/client/index.js';
import { collector, errorsOf, wire } from './support/connection-wire.js';

const THREAD = {
  id: 'th_1',
  preview: '',
  modelProvider: 'openai',
  createdAt: 1,
  path: '/tmp/rollout.jsonl',
  cwd: '/w',
  cliVersion: '0.64.0',
  source: 'vscode',
  gitInfo: null,
  turns: [],
};
const threadStartResult = {
  thread: THREAD,
  model: 'gpt-5.1-codex',
  modelProvider: 'openai',
  cwd: '/w',
  approvalPolicy: 'never',
  sandbox: { type: 'readOnly' },
  reasoningEffort: null,
};

function setup() {
  const w = wire();
  const conn = connect(w.input, w.output, { release: '0.64.0' });
  return { w, conn, errors: errorsOf(conn) };
}

describe('requests', () => {
  it('initialize sends the request, then initialized, and resolves with the answer', async () => {
    const { w, conn } = setup();
    const done = conn.initialize({ clientInfo: { name: 'test', version: '1.0.0' } });
    const request = await w.next();
    expect(request).toEqual({ id: 1, method: 'initialize', params: { clientInfo: { name: 'test', version: '1.0.0' } } });
    w.send({ id: request.id, result: { userAgent: 'codex/0.64.0' } });
    expect(await done).toEqual({ userAgent: 'codex/0.64.0' });
    expect(await w.next()).toEqual({ method: 'initialized' });
    await conn.close();
  });

  it('gives each request its own id and pairs answers that come in any order', async () => {
    const { w, conn } = setup();
    const a = conn.request('thread/start', { cwd: '/w' });
    const b = conn.request('model/list', {});
    const [ra, rb] = [await w.next(), await w.next()];
    expect(ra.id).not.toBe(rb.id);
    w.send({ id: rb.id, result: { data: [], nextCursor: null } });
    w.send({ id: ra.id, result: threadStartResult });
    expect((await a).thread.id).toBe('th_1');
    expect(await b).toEqual({ data: [], nextCursor: null });
    await conn.close();
  });

  it('rejects with RpcError (code, message, data, method) when the server answers with an error', async () => {
    const { w, conn } = setup();
    const call = conn.request('thread/resume', { threadId: 'nope' });
    const { id } = await w.next();
    w.send({ id, error: { code: -32600, message: 'no rollout found', data: { threadId: 'nope' } } });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({ code: -32600, message: 'no rollout found', data: { threadId: 'nope' }, method: 'thread/resume' });
    await conn.close();
  });

  it('times out: rejects with RequestTimeoutError, and a late answer is dropped quietly', async () => {
    const { w, conn, errors } = setup();
    const call = conn.request('model/list', {}, { timeoutMs: 20 });
    const { id } = await w.next();
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toMatchObject({ method: 'model/list', timeoutMs: 20 });
    w.send({ id, result: { data: [], nextCursor: null } });
    // The next request's answer arrives after the late one: by then the late one was read.
    const next = conn.request('model/list', {});
    const again = await w.next();
    w.send({ id: again.id, result: { data: [], nextCursor: null } });
    await next;
    expect(errors.all).toEqual([]);
    await conn.close();
  });

  it('aborts: a signal aborted before sending sends nothing; aborted in flight rejects with its reason', async () => {
    const { w, conn } = setup();
    const early = new AbortController();
    early.abort(new Error('changed my mind'));
    await expect(conn.request('model/list', {}, { signal: early.signal })).rejects.toThrow('changed my mind');
    const late = new AbortController();
    const call = conn.request('model/list', {}, { signal: late.signal });
    const sent = await w.next();
    expect(sent.method).toBe('model/list');
    late.abort();
    const error = await call.catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(w.sent).toHaveLength(1);
    await conn.close();
  });

  it('close() rejects every pending request with ConnectionClosedError and ends the output', async () => {
    const { w, conn } = setup();
    const calls = [conn.request('model/list', {}), conn.request('thread/list', {})];
    await w.next();
    await w.next();
    const ended = new Promise((resolve) => w.output.once('finish', resolve));
    const info = await conn.close();
    expect(info.reason).toBe('closed');
    for (const call of calls) await expect(call).rejects.toBeInstanceOf(ConnectionClosedError);
    await ended;
    await expect(conn.request('model/list', {})).rejects.toBeInstanceOf(ConnectionClosedError);
    expect(conn.state).toBe('closed');
  });

  it('the end of the input rejects what is pending and resolves closed with reason "ended"', async () => {
    const { w, conn } = setup();
    const call = conn.request('model/list', {});
    await w.next();
    w.end();
    await expect(call).rejects.toThrow(/was ended by the peer before the answer came/);
    expect(await conn.closed).toEqual({ reason: 'ended' });
  });

  it('reports an answer to an unknown id and a second answer to the same id, without failing', async () => {
    const { w, conn, errors } = setup();
    const call = conn.request('model/list', {});
    const { id } = await w.next();
    w.send({ id: 999, result: {} });
    const unknown = await errors.next();
    expect(unknown).toMatchObject({ kind: 'unknownResponse', details: { id: 999, duplicate: false } });
    w.send({ id, result: { data: [], nextCursor: null } });
    w.send({ id, result: { data: [], nextCursor: null } });
    await call;
    const duplicate = await errors.next();
    expect(duplicate).toMatchObject({ kind: 'unknownResponse', details: { id, duplicate: true } });
    expect(duplicate.message).toMatch(/A second answer to request 1 was dropped/);
    expect(conn.state).toBe('open');
    await conn.close();
  });

  it('checks what it sends: params that do not match are refused locally and nothing is sent', async () => {
    const { w, conn } = setup();
    const error = await conn.request('thread/start', { approvalPolicy: 'sometimes' as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMessageError);
    expect(error).toMatchObject({ method: 'thread/start', code: -32602, issues: [{ path: '/params/approvalPolicy', kind: 'value' }] });
    const untyped = conn as unknown as { notify(method: string, params: unknown): Promise<void> };
    await expect(untyped.notify('thread/started', {})).rejects.toBeInstanceOf(InvalidMessageError);
    await conn.request('model/list', {}, { timeoutMs: 1 }).catch(() => undefined);
    expect(w.sent.map((m) => m.method)).toEqual(['model/list']);
    await conn.close();
  });
});

describe('notifications', () => {
  it('reach the typed handler, the catch-all and the iterator; unsubscribing stops a handler', async () => {
    const { w, conn } = setup();
    const typed = collector<string>();
    const any = collector<string>();
    const stop = conn.onNotification('item/agentMessage/delta', (params, event) => {
      expect(event.method).toBe('item/agentMessage/delta');
      typed.push(params.delta);
    });
    conn.onAnyNotification((n) => any.push(n.method));
    const iterator = conn.notifications();
    const delta = (d: string) => ({ method: 'item/agentMessage/delta', params: { threadId: 't', turnId: '0', itemId: 'i', delta: d } });
    w.send(delta('a'));
    w.send({
      method: 'codex/event/agent_message_delta',
      params: { id: '0', conversationId: 't', msg: { type: 'agent_message_delta', delta: 'a' } },
    });
    await typed.until(1);
    stop();
    w.send(delta('b'));
    await any.until(3);
    expect(typed.items).toEqual(['a']);
    expect(any.items).toEqual(['item/agentMessage/delta', 'codex/event/agent_message_delta', 'item/agentMessage/delta']);
    const methods: string[] = [];
    for await (const n of iterator) {
      if (n.known && n.method === 'codex/event/agent_message_delta') expect(n.params.msg.delta).toBe('a');
      methods.push(n.method);
      if (methods.length === 3) break;
    }
    expect(methods).toEqual(any.items);
    await conn.close();
  });

  it('a handler that throws is reported; the others still run', async () => {
    const { w, conn, errors } = setup();
    const seen = collector<string>();
    conn.onNotification('turn/started', () => {
      throw new Error('boom');
    });
    conn.onNotification('turn/started', (p) => seen.push(p.turn.id));
    w.send({ method: 'turn/started', params: { threadId: 't', turn: { id: '7', items: [], status: 'inProgress' } } });
    expect(await seen.until(1)).toEqual(['7']);
    expect(await errors.next()).toMatchObject({ kind: 'handler', message: 'The turn/started handler failed: boom' });
    await conn.close();
  });

  it('the iterator ends when the connection closes', async () => {
    const { conn } = setup();
    const iterator = conn.notifications();
    const all = (async () => {
      const out = [];
      for await (const n of iterator) out.push(n);
      return out;
    })();
    await conn.close();
    expect(await all).toEqual([]);
  });
});

describe('server requests', () => {
  const approval = {
    id: 0,
    method: 'item/commandExecution/requestApproval',
    params: { threadId: 't', turnId: '0', itemId: 'call_1', reason: null },
  };

  it('are answered with what the handler returns, typed by method', async () => {
    const { w, conn } = setup();
    conn.onRequest('item/commandExecution/requestApproval', async (params, context) => {
      expect(context).toMatchObject({ id: 0, method: 'item/commandExecution/requestApproval', known: true });
      return { decision: params.itemId === 'call_1' ? 'decline' : 'accept' };
    });
    w.send(approval);
    expect(await w.next()).toEqual({ id: 0, result: { decision: 'decline' } });
    await conn.close();
  });

  it('with no handler get a JSON-RPC error answer (never silence), and are reported', async () => {
    const { w, conn, errors } = setup();
    w.send(approval);
    expect(await w.next()).toEqual({
      id: 0,
      error: { code: -32601, message: 'No handler for item/commandExecution/requestApproval on this client' },
    });
    expect(await errors.next()).toMatchObject({
      kind: 'unhandledRequest',
      details: { id: 0, method: 'item/commandExecution/requestApproval' },
    });
    await conn.close();
  });

  it('a handler that throws answers with its RpcError, or with -32603 for any other error', async () => {
    const { w, conn } = setup();
    conn.onRequest('item/commandExecution/requestApproval', (params) => {
      if (params.itemId === 'call_1') throw new RpcError(-32001, 'user went away', { retry: false });
      throw new Error('bug');
    });
    w.send(approval);
    expect(await w.next()).toEqual({ id: 0, error: { code: -32001, message: 'user went away', data: { retry: false } } });
    w.send({ ...approval, id: 1, params: { ...approval.params, itemId: 'call_2' } });
    expect(await w.next()).toEqual({ id: 1, error: { code: -32603, message: 'Internal error: bug' } });
    await conn.close();
  });

  it('an answer that does not match the schema is not sent: the server gets -32603 and it is reported', async () => {
    const { w, conn, errors } = setup();
    conn.onRequest('item/commandExecution/requestApproval', () => ({ decision: 'maybe' }) as never);
    w.send(approval);
    expect(await w.next()).toEqual({
      id: 0,
      error: { code: -32603, message: 'Internal error: the answer to item/commandExecution/requestApproval does not match the schema' },
    });
    expect(await errors.next()).toMatchObject({ kind: 'invalidAnswer', details: { issues: [{ path: '/decision', kind: 'value' }] } });
    await conn.close();
  });

  it('a second request with an id still being answered is reported and not answered', async () => {
    const { w, conn, errors } = setup();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    conn.onRequest('item/commandExecution/requestApproval', async () => {
      await held;
      return { decision: 'accept' };
    });
    w.send(approval);
    w.send(approval);
    expect(await errors.next()).toMatchObject({ kind: 'duplicateRequest', details: { id: 0 } });
    release();
    expect(await w.next()).toEqual({ id: 0, result: { decision: 'accept' } });
    await conn.close();
    expect(w.sent).toHaveLength(1);
  });

  it('a handler still at work when the connection closes sees its signal aborted, and its answer is not sent', async () => {
    const { w, conn } = setup();
    const aborted = collector<unknown>();
    const started = collector<number>();
    conn.onRequest('item/commandExecution/requestApproval', (_params, { id, signal }) => {
      started.push(Number(id));
      return new Promise((resolve) =>
        signal.addEventListener('abort', () => (aborted.push(signal.reason), resolve({ decision: 'cancel' }))),
      );
    });
    w.send(approval);
    await started.until(1);
    await conn.close();
    expect(await aborted.until(1)).toEqual([expect.any(ConnectionClosedError)]);
    expect(w.sent).toEqual([]);
  });

  it('a signal first read after the connection closed comes aborted; one read after the answer never aborts', async () => {
    const { w, conn } = setup();
    const contexts = collector<{ readonly signal: AbortSignal }>();
    conn.onRequest('item/commandExecution/requestApproval', (params, context) => {
      contexts.push(context);
      return params.itemId === 'answered' ? { decision: 'accept' } : new Promise(() => {});
    });
    w.send({ ...approval, id: 1, params: { ...approval.params, itemId: 'answered' } });
    expect(await w.next()).toEqual({ id: 1, result: { decision: 'accept' } });
    w.send({ ...approval, id: 2 });
    const [answered, pending] = await contexts.until(2);
    await conn.close();
    expect(pending!.signal.aborted).toBe(true);
    expect(pending!.signal.reason).toBeInstanceOf(ConnectionClosedError);
    expect(pending!.signal).toBe(pending!.signal);
    expect(answered!.signal.aborted).toBe(false);
  });
});
