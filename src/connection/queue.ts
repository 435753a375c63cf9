/**
 * The async iterator of a connection's notifications (`for await (const n of conn.notifications())`).
 * It buffers what its loop has not taken yet; when the buffer holds `highWaterMark` messages the
 * connection stops reading its input until the loop catches up (backpressure reaches the peer
 * through the pipe). Leaving the loop (`break`, `return()`) or the connection closing ends it.
 */

export interface QueueHost {
  /** The queue became full or stopped being full: the host pauses or resumes reading. */
  pressure(): void;
  /** The queue ended (its loop left, or it was ended): the host forgets it. */
  detach(queue: object): void;
}

export class MessageQueue<T> implements AsyncIterableIterator<T> {
  readonly #items: T[] = [];
  #head = 0;
  #waiting: ((result: IteratorResult<T>) => void) | undefined;
  #done = false;
  readonly #host: QueueHost;
  readonly #highWaterMark: number;

  constructor(host: QueueHost, highWaterMark: number) {
    this.#host = host;
    this.#highWaterMark = highWaterMark;
  }

  /** Whether the buffer is full (the host holds its input while any queue is). */
  get full(): boolean {
    return this.#items.length - this.#head >= this.#highWaterMark;
  }

  push(item: T): void {
    if (this.#done) return;
    const waiting = this.#waiting;
    if (waiting !== undefined) {
      this.#waiting = undefined;
      waiting({ done: false, value: item });
      return;
    }
    this.#items.push(item);
    if (this.full) this.#host.pressure();
  }

  /** Ends the iteration once the buffered items are taken. */
  end(): void {
    if (this.#done) return;
    this.#done = true;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.({ done: true, value: undefined });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#head < this.#items.length) {
      const wasFull = this.full;
      const value = this.#items[this.#head]!;
      this.#items[this.#head++] = undefined as T;
      if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
        this.#items.splice(0, this.#head);
        this.#head = 0;
      }
      if (wasFull && !this.full) this.#host.pressure();
      return Promise.resolve({ done: false, value });
    }
    if (this.#done) {
      this.#host.detach(this);
      return Promise.resolve({ done: true, value: undefined });
    }
    return new Promise((resolve) => (this.#waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.#done = true;
    this.#items.length = 0;
    this.#head = 0;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.({ done: true, value: undefined });
    this.#host.detach(this);
    this.#host.pressure();
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
