/**
 * The byte streams a connection runs over, whatever kind they are: a Node stream (a child's
 * stdout and stdin, a socket, process.stdin), a web `ReadableStream` / `WritableStream` (a
 * browser, a VS Code web extension, Deno), or any async iterable of chunks for input. Told apart
 * by shape, so nothing here imports a Node built-in.
 */

/** A chunk of input: bytes (`Uint8Array`, which a Node `Buffer` is) or text. */
export type Chunk = Uint8Array | string;

/** What a web `ReadableStream` offers (only what is used here). */
export interface WebReadable {
  getReader(): { read(): Promise<{ done: boolean; value?: Chunk }>; cancel(reason?: unknown): Promise<void> };
}
/** What a Node `Readable` or any async iterable of chunks offers. */
export type IterableSource = AsyncIterable<Chunk>;
/** Where messages come from. */
export type Source = WebReadable | IterableSource;

/** What a Node `Writable` offers (only what is used here). */
export interface NodeWritable {
  write(chunk: string): boolean;
  end(): unknown;
  once(event: 'drain' | 'finish' | 'close' | 'error', listener: (...args: unknown[]) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  removeListener(event: 'drain' | 'finish' | 'close' | 'error', listener: (...args: unknown[]) => void): unknown;
  readonly writableFinished?: boolean;
  readonly destroyed?: boolean;
}
/** What a web `WritableStream` offers (only what is used here). */
export interface WebWritable {
  getWriter(): {
    write(chunk: Uint8Array): Promise<void>;
    close(): Promise<void>;
    readonly ready: Promise<void>;
    readonly desiredSize: number | null;
  };
}
/** Where messages go. */
export type Sink = NodeWritable | WebWritable;

/** Pulls chunks one at a time (the connection does not pull the next while it is held up). */
export interface ChunkReader {
  next(): Promise<{ done?: boolean; value?: Chunk }>;
  /** Stops reading: a pending `next()` settles (done) where the source allows it. */
  cancel(): void;
}

export function readerOf(source: Source): ChunkReader {
  if (typeof (source as WebReadable).getReader === 'function') {
    const reader = (source as WebReadable).getReader();
    return { next: () => reader.read(), cancel: () => void reader.cancel().catch(() => undefined) };
  }
  if (typeof (source as IterableSource)[Symbol.asyncIterator] === 'function') {
    const it = (source as IterableSource)[Symbol.asyncIterator]();
    return {
      next: () => it.next(),
      // A Node stream's iterator destroys the stream on return(), which ends a pending next().
      cancel: () => void Promise.resolve(it.return?.()).catch(() => undefined),
    };
  }
  throw new TypeError('connect: the input must be a Node Readable, a web ReadableStream or an async iterable of chunks');
}

/** Writes lines, saying when the sink wants the writer to wait. */
export interface LineWriter {
  /** Writes one line (its `\n` included). False: the sink is full; wait for `ready()` before the next. */
  write(text: string): boolean;
  /** Resolves when the sink can take more (or can take nothing ever again). */
  ready(): Promise<void>;
  /** Ends the output once what was written is handed over; never rejects. */
  end(): Promise<void>;
}

/** A writer over a sink; `onError` hears of every write failure (the sink is then dead). */
export function writerOf(sink: Sink, onError: (error: unknown) => void): LineWriter {
  if (typeof (sink as WebWritable).getWriter === 'function') return webWriter(sink as WebWritable, onError);
  const node = sink as NodeWritable;
  if (typeof node.write === 'function' && typeof node.once === 'function' && typeof node.removeListener === 'function')
    return nodeWriter(sink as NodeWritable, onError);
  throw new TypeError('connect: the output must be a Node Writable or a web WritableStream');
}

function nodeWriter(stream: NodeWritable, onError: (error: unknown) => void): LineWriter {
  let dead = false;
  stream.on('error', (e) => {
    dead = true;
    onError(e);
  });
  stream.once('close', () => {
    dead = true;
  });
  /** Resolves on the first of the events (or at once when the stream is gone). */
  const first = (events: readonly ('drain' | 'finish' | 'close' | 'error')[]) =>
    new Promise<void>((resolve) => {
      if (dead || stream.destroyed === true) return resolve();
      const done = () => {
        for (const event of events) stream.removeListener(event, done);
        resolve();
      };
      for (const event of events) stream.once(event, done);
    });
  return {
    write(text) {
      if (dead || stream.destroyed === true) return true;
      try {
        return stream.write(text);
      } catch (e) {
        dead = true;
        onError(e);
        return true;
      }
    },
    ready: () => first(['drain', 'close', 'error']),
    end() {
      if (dead || stream.destroyed === true || stream.writableFinished === true) return Promise.resolve();
      const done = first(['finish', 'close', 'error']);
      try {
        stream.end();
      } catch {
        return Promise.resolve();
      }
      return done;
    },
  };
}

function webWriter(stream: WebWritable, onError: (error: unknown) => void): LineWriter {
  const writer = stream.getWriter();
  const encoder = new TextEncoder();
  let dead = false;
  const fail = (e: unknown) => {
    if (dead) return;
    dead = true;
    onError(e);
  };
  return {
    write(text) {
      if (dead) return true;
      writer.write(encoder.encode(text)).catch(fail);
      const room = writer.desiredSize;
      return room === null || room > 0;
    },
    ready: () =>
      dead
        ? Promise.resolve()
        : writer.ready.then(
            () => undefined,
            () => undefined,
          ),
    end: () => (dead ? Promise.resolve() : writer.close().catch(() => undefined)),
  };
}
