/**
 * An in-memory peer for connection tests: the connection under test reads what the test writes
 * (`send`, `sendRaw`) and the test reads what the connection writes (`next`, `sent`), line by
 * line, over Node PassThrough streams.
 */
import { PassThrough } from 'node:stream';
import type { ConnectionError } from '../../src/connection/errors.js';

export interface Wire {
  /** The stream the connection reads. */
  readonly input: PassThrough;
  /** The stream the connection writes. */
  readonly output: PassThrough;
  /** Writes a message (as one JSON line) to the connection. */
  send(message: unknown): void;
  /** Writes raw text to the connection. */
  sendRaw(text: string): void;
  /** Every message the connection has written so far. */
  readonly sent: Record<string, any>[];
  /** The next message the connection writes (or the one already written at position `sent.length` when called). */
  next(): Promise<Record<string, any>>;
  /** Ends the connection's input. */
  end(): void;
}

export function wire(): Wire {
  const input = new PassThrough();
  const output = new PassThrough();
  const sent: Record<string, any>[] = [];
  let taken = 0;
  let buffer = '';
  const waiting: ((m: Record<string, any>) => void)[] = [];
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    buffer += chunk;
    for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      sent.push(JSON.parse(line));
      const w = waiting.shift();
      if (w !== undefined) w(sent[taken++]!);
    }
  });
  return {
    input,
    output,
    sent,
    send: (message) => void input.write(`${JSON.stringify(message)}\n`),
    sendRaw: (text) => void input.write(text),
    next: () => (taken < sent.length ? Promise.resolve(sent[taken++]!) : new Promise((resolve) => waiting.push(resolve))),
    end: () => void input.end(),
  };
}

/** Collects what a connection reports through `onError`, and waits for the next report. */
export function errorsOf(conn: { onError(listener: (e: ConnectionError) => void): () => void }): {
  readonly all: ConnectionError[];
  next(): Promise<ConnectionError>;
} {
  const all: ConnectionError[] = [];
  let taken = 0;
  const waiting: ((e: ConnectionError) => void)[] = [];
  conn.onError((e) => {
    all.push(e);
    const w = waiting.shift();
    if (w !== undefined) w(all[taken++]!);
  });
  return { all, next: () => (taken < all.length ? Promise.resolve(all[taken++]!) : new Promise((resolve) => waiting.push(resolve))) };
}

/** Resolves once `n` messages have reached `handler`-style callbacks: a promise and the callback. */
export function collector<T>(): { readonly items: T[]; readonly push: (item: T) => void; until(n: number): Promise<T[]> } {
  const items: T[] = [];
  const waiters: { n: number; resolve: (items: T[]) => void }[] = [];
  return {
    items,
    push(item) {
      items.push(item);
      for (const w of waiters.filter((w) => items.length >= w.n)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(items);
      }
    },
    until: (n) => (items.length >= n ? Promise.resolve(items) : new Promise((resolve) => waiters.push({ n, resolve }))),
  };
}
