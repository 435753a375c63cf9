/**
 * The outgoing side of a connection: lines go to the writer as long as the sink takes them;
 * once it says it is full, later lines wait in order until it has room again (so nothing piles
 * up inside the stream beyond its own high-water mark). Each `send` resolves when its line has
 * been handed to the sink.
 */
import type { LineWriter } from './streams.js';

const DONE: Promise<void> = Promise.resolve();

export class Outbox {
  readonly #writer: LineWriter;
  readonly #waiting: { text: string; resolve: () => void }[] = [];
  #blocked = false;
  #ended = false;

  constructor(writer: LineWriter) {
    this.#writer = writer;
  }

  /** Lines waiting for room in the sink. */
  get backlog(): number {
    return this.#waiting.length;
  }

  send(text: string): Promise<void> {
    if (this.#ended) return DONE;
    if (!this.#blocked) {
      if (!this.#writer.write(text)) this.#block();
      return DONE;
    }
    return new Promise((resolve) => this.#waiting.push({ text, resolve }));
  }

  /** Ends the output: after what is waiting has been handed over (`flush`), or at once (dropped). */
  async end(flush: boolean): Promise<void> {
    if (this.#ended) return;
    if (flush) while (this.#blocked && !this.#ended) await this.#writer.ready().then(() => this.#drain());
    this.#ended = true;
    for (const w of this.#waiting.splice(0)) w.resolve();
    await this.#writer.end();
  }

  #block(): void {
    this.#blocked = true;
    void this.#writer.ready().then(() => this.#drain());
  }

  #drain(): void {
    if (!this.#blocked || this.#ended) return;
    this.#blocked = false;
    while (this.#waiting.length > 0) {
      const next = this.#waiting.shift()!;
      const more = this.#writer.write(next.text);
      next.resolve();
      if (!more) {
        this.#block();
        return;
      }
    }
  }
}
