/**
 * The streams under a connection: backpressure both ways (nothing is written while the output
 * asks to wait; the notification iterator holds up reading while it is full), web streams as
 * well as Node streams, and a failing output closing the connection.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/client/index.js';
import { serve } from '../src/server/index.js';
import { wire } from './support/connection-wire.js';

/** Lets every callback and promise job queued so far run (no time involved). */
async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** A Writable that holds each chunk until `release()`, and records whether write() was called while it asked to wait. */
class HeldWritable extends Writable {
  readonly chunks: string[] = [];
  writesWhileFull = 0;
  #held: (() => void)[] = [];
  constructor() {
    super({ highWaterMark: 64, decodeStrings: false });
  }
  override write(chunk: unknown, ...rest: unknown[]): boolean {
    if (this.writableNeedDrain) this.writesWhileFull++;
    return (super.write as (...a: unknown[]) => boolean)(chunk, ...rest);
  }
  override _write(chunk: string, _encoding: string, callback: () => void): void {
    this.chunks.push(chunk);
    this.#held.push(callback);
  }
  /** Completes the held writes (and any that follow while releasing). */
  async releaseAll(): Promise<void> {
    while (this.#held.length > 0) {
      this.#held.shift()!();
      await settle(2);
    }
  }
}

describe('backpressure', () => {
  it('waits for the output to drain: no write while it is full, every line in order, notify resolves when handed over', async () => {
    const w = wire();
    const output = new HeldWritable();
    const conn = serve(w.input, output, { release: '0.64.0' });
    const sends = Array.from({ length: 50 }, (_, i) =>
      conn.notify('item/agentMessage/delta', { threadId: 't', turnId: '0', itemId: 'i', delta: `part ${i} `.padEnd(40, '.') }),
    );
    let handedOver = 0;
    for (const s of sends) void s.then(() => handedOver++);
    await settle();
    // The first line filled the stream (64 bytes); the rest wait in the connection.
    expect(output.chunks.length).toBe(1);
    expect(handedOver).toBeLessThan(50);
    await output.releaseAll();
    await Promise.all(sends);
    expect(output.writesWhileFull).toBe(0);
    const lines = output.chunks
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((m) => m.params.delta.split(' ')[1])).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
    const closing = conn.close();
    await output.releaseAll();
    await closing;
  });

  it('stops reading the input while the notification iterator is full, and reads on as it is taken', async () => {
    let pulled = 0;
    const total = 40;
    const source = {
      [Symbol.asyncIterator]() {
        return {
          next: async () => {
            if (pulled === total) return { done: true as const, value: undefined };
            pulled++;
            return {
              done: false as const,
              value: `${JSON.stringify({ method: 'item/agentMessage/delta', params: { threadId: 't', turnId: '0', itemId: 'i', delta: String(pulled) } })}\n`,
            };
          },
        };
      },
    };
    const w = wire();
    const conn = connect(source, w.output, { release: '0.64.0' });
    const iterator = conn.notifications({ highWaterMark: 4 });
    await settle();
    expect(pulled).toBe(4);
    const taken: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { value } = await iterator.next();
      taken.push(value!.known && value!.method === 'item/agentMessage/delta' ? value!.params.delta : '?');
    }
    await settle();
    expect(pulled).toBe(4 + 3);
    for await (const n of iterator) taken.push(n.known && n.method === 'item/agentMessage/delta' ? n.params.delta : '?');
    expect(taken).toEqual(Array.from({ length: total }, (_, i) => String(i + 1)));
    expect((await conn.closed).reason).toBe('ended');
  });
});

describe('web streams', () => {
  it('runs over a ReadableStream and a WritableStream', async () => {
    const written: string[] = [];
    let push!: (text: string) => void;
    const input = new ReadableStream<Uint8Array>({ start: (c) => void (push = (text) => c.enqueue(new TextEncoder().encode(text))) });
    const output = new WritableStream<Uint8Array>({ write: (chunk) => void written.push(new TextDecoder().decode(chunk)) });
    const conn = connect(input, output, { release: '0.64.0' });
    const call = conn.request('model/list', {});
    await expect.poll(() => written.length).toBe(1);
    const { id } = JSON.parse(written[0]!);
    push(`${JSON.stringify({ id, result: { data: [], nextCursor: null } })}\n`);
    expect(await call).toEqual({ data: [], nextCursor: null });
    await conn.close();
  });
});

describe('a failing output', () => {
  it('closes the connection with reason "error" and rejects what is pending', async () => {
    const w = wire();
    const output = new Writable({ write: (_chunk, _encoding, callback) => callback(new Error('EPIPE: the reader went away')) });
    const conn = connect(w.input, output, { release: '0.64.0' });
    const errors: string[] = [];
    conn.onError((e) => void errors.push(`${e.kind}: ${e.message}`));
    const call = conn.request('model/list', {});
    await expect(call).rejects.toThrow(/the connection failed: the output failed: EPIPE: the reader went away before the answer came/);
    expect(await conn.closed).toMatchObject({ reason: 'error', error: { message: 'the output failed: EPIPE: the reader went away' } });
    expect(errors).toEqual(['stream: the output failed: EPIPE: the reader went away']);
  });
});
