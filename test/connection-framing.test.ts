/**
 * Newline-delimited framing: lines cut anywhere across chunks (inside a multi-byte character
 * too), blank lines, a last line without its newline, the maximum message size (a longer line
 * is dropped and reported, the next one is read), text that is not UTF-8; and the same limits
 * through a connection, which goes on working after refusing.
 */
import { describe, expect, it } from 'vitest';
import { connect } from '../src/client/index.js';
import { LineFramer } from '../src/connection/framing.js';
import { errorsOf, wire } from './support/connection-wire.js';

function framer(maxBytes = 1024) {
  const events: (string | { oversized: number } | { undecodable: number })[] = [];
  const f = new LineFramer(
    { line: (t) => events.push(t), oversized: (n) => events.push({ oversized: n }), undecodable: (n) => events.push({ undecodable: n }) },
    maxBytes,
  );
  return { f, events };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('LineFramer', () => {
  it('gives the same lines however the bytes are cut into chunks', () => {
    const text = '{"a":"héllo"}\n{"b":"日本語 🎉"}\n\n  \n{"c":3}\r\n';
    const all = bytes(text);
    for (let cut = 1; cut < all.length; cut++) {
      for (const step of [1, 3, cut]) {
        const { f, events } = framer();
        for (let i = 0; i < all.length; i += step) f.push(all.subarray(i, Math.min(all.length, i + step)));
        f.end();
        expect(events).toEqual(['{"a":"héllo"}', '{"b":"日本語 🎉"}', '{"c":3}\r']);
      }
    }
  });

  it('gives the same lines from Node Buffers (which decode themselves), bad bytes included', () => {
    const text = '{"a":"héllo"}\n{"b":"\uFFFD is a character"}\n';
    const all = Buffer.from(text);
    for (let cut = 1; cut < all.length; cut++) {
      const { f, events } = framer();
      f.push(all.subarray(0, cut));
      f.push(all.subarray(cut));
      expect(events).toEqual(['{"a":"héllo"}', '{"b":"\uFFFD is a character"}']);
    }
    const { f, events } = framer();
    f.push(Buffer.from([0x7b, 0xff, 0x7d, 0x0a, 0x22, 0xc3, 0x28, 0x22, 0x0a]));
    f.push(Buffer.from('{"ok":true}\n'));
    expect(events).toEqual([{ undecodable: 3 }, { undecodable: 4 }, '{"ok":true}']);
  });

  it('gives the same lines from Buffers holding many lines at once (decoded together), however cut', () => {
    const long = `{"x":"${'y'.repeat(60)}"}`;
    const text = `{"a":1}\n\n  \n{"b":"日本語 🎉"}\r\n${long}\n{"c":"\uFFFD"}\n{"d":4}\n{"e":5}`;
    const all = Buffer.from(text);
    // An oversized line is reported with its size so far: the whole of it when it came in one chunk.
    const expected = ['{"a":1}', '{"b":"日本語 🎉"}\r', 'oversized', '{"c":"\uFFFD"}', '{"d":4}', '{"e":5}'];
    for (let cut = 0; cut <= all.length; cut++) {
      for (const step of [cut, 5, all.length]) {
        if (step === 0) continue;
        const { f, events } = framer(64);
        f.push(all.subarray(0, cut));
        for (let i = cut; i < all.length; i += step) f.push(all.subarray(i, Math.min(all.length, i + step)));
        f.end();
        const read = events.map((e) => (typeof e === 'object' && 'oversized' in e ? (e.oversized > 64 ? 'oversized' : e) : e));
        expect(read, `cut ${cut}, step ${step}`).toEqual(expected);
      }
    }
  });

  it('takes text chunks as well as bytes', () => {
    const { f, events } = framer();
    f.push('{"a":1}\n{"b"');
    f.push(':2}\n');
    f.push('{"c":3}');
    f.end();
    expect(events).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  it('drops a line longer than maxBytes, in one chunk or across many, and reads on', () => {
    const long = `{"x":"${'y'.repeat(100)}"}`;
    const { f, events } = framer(50);
    f.push(bytes(`${long}\n{"ok":1}\n`));
    for (let i = 0; i < long.length; i += 7) f.push(bytes(long.slice(i, i + 7)));
    f.push(bytes('\n{"ok":2}\n'));
    expect(events).toEqual([{ oversized: long.length }, '{"ok":1}', { oversized: 56 }, '{"ok":2}']);
  });

  it('counts the limit in UTF-8 bytes, for text chunks too', () => {
    const { f, events } = framer(10);
    f.push('"ééééé"\n'); // 7 characters, 12 bytes
    f.push('"éééé"\n'); // 10 bytes
    expect(events).toEqual([{ oversized: 12 }, '"éééé"']);
  });

  it('drops a line that is not UTF-8 and reads on', () => {
    const { f, events } = framer();
    f.push(new Uint8Array([0x7b, 0xff, 0x7d, 0x0a]));
    f.push(new Uint8Array([0x22, 0xc3]));
    f.push(new Uint8Array([0x28, 0x22, 0x0a]));
    f.push(bytes('{"ok":true}\n'));
    expect(events).toEqual([{ undecodable: 3 }, { undecodable: 4 }, '{"ok":true}']);
  });
});

describe('framing limits on a connection', () => {
  it('refuses an oversized message with a clear error and goes on with the next', async () => {
    const w = wire();
    const conn = connect(w.input, w.output, { release: '0.64.0', maxMessageBytes: 200 });
    const errors = errorsOf(conn);
    const deltas: string[] = [];
    conn.onNotification('item/agentMessage/delta', (p) => void deltas.push(p.delta));
    const delta = (text: string) => ({
      method: 'item/agentMessage/delta',
      params: { threadId: 't', turnId: '0', itemId: 'i', delta: text },
    });
    w.send(delta('x'.repeat(300)));
    w.send(delta('after'));
    const error = await errors.next();
    expect(error.kind).toBe('oversized');
    expect(error.message).toMatch(/larger than maxMessageBytes \(200\); it was dropped/);
    await expect.poll(() => deltas).toEqual(['after']);
    expect(conn.state).toBe('open');
    await conn.close();
  });

  it('reports a line that is not JSON and goes on', async () => {
    const w = wire();
    const conn = connect(w.input, w.output, { release: '0.64.0' });
    const errors = errorsOf(conn);
    const seen: string[] = [];
    conn.onAnyNotification((n) => void seen.push(n.method));
    w.sendRaw('{"method": "thread/started", \n');
    w.send({ method: 'account/rateLimits/updated', params: { rateLimits: { primary: null, secondary: null } } });
    const error = await errors.next();
    expect(error.kind).toBe('unreadable');
    expect(error.message).toMatch(/^Parse error/);
    await expect.poll(() => seen).toEqual(['account/rateLimits/updated']);
    await conn.close();
  });
});
