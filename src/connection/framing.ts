/**
 * Newline-delimited JSON framing: byte (or text) chunks in, one line of text per message out.
 * A message ends at `\n` (a `\r` before it is JSON whitespace and stays); a line with nothing
 * but whitespace is skipped. A line longer than `maxBytes` UTF-8 bytes is dropped as it arrives
 * (its bytes are not kept) and reported once; the lines after it are read as usual. A line that
 * is not UTF-8 is reported and dropped. No Node built-ins: chunks are `Uint8Array`s (a Node
 * `Buffer` is one) or strings.
 */

export interface FrameSink {
  /** One complete line (without its `\n`). */
  line(text: string): void;
  /** A line passed `maxBytes`; it is dropped. `bytes`: its size so far (it may go on). */
  oversized(bytes: number): void;
  /** A line is not valid UTF-8; it is dropped. */
  undecodable(bytes: number): void;
}

const NEWLINE = 0x0a;
const STREAM = { stream: true };

/** Whether the text holds nothing but JSON whitespace (space, tab, CR, LF). */
function blank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}

/** UTF-8 size of a string. */
function utf8Bytes(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 2 bytes below U+0800, 3 above, 4 for a surrogate pair (2 units).
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

/**
 * The text of `chunk[start, end)` as a Node Buffer decodes itself (faster than TextDecoder), or
 * undefined when the chunk is no Buffer or the text holds U+FFFD (Buffer decoding replaces bad
 * bytes with it, so such bytes are decoded again strictly).
 */
function bufferText(chunk: Uint8Array, start: number, end: number): string | undefined {
  const slice = (chunk as { utf8Slice?: (start: number, end: number) => string }).utf8Slice;
  if (typeof slice !== 'function') return undefined;
  const text = slice.call(chunk, start, end);
  return text.indexOf('\uFFFD') === -1 ? text : undefined;
}

export class LineFramer {
  readonly #sink: FrameSink;
  readonly #maxBytes: number;
  #decoder = new TextDecoder('utf-8', { fatal: true });
  /** Text of the line under way (decoded from earlier chunks), and its size in bytes. */
  #partial = '';
  #partialBytes = 0;
  /** The line under way passed the limit (or failed to decode): skip to its end. */
  #dropping: 'oversized' | 'undecodable' | undefined;

  constructor(sink: FrameSink, maxBytes: number) {
    this.#sink = sink;
    this.#maxBytes = maxBytes;
  }

  /** Feeds one chunk; complete lines go to the sink before it returns. */
  push(chunk: Uint8Array | string): void {
    if (typeof chunk === 'string') this.#pushText(chunk);
    else this.#pushBytes(chunk);
  }

  /** The input ended: a last line without its `\n` still counts. */
  end(): void {
    if (this.#dropping === undefined && this.#partialBytes > 0) {
      const text = this.#finish(new Uint8Array(0));
      if (text !== undefined) this.#emit(text);
    }
    this.#reset();
  }

  #pushBytes(chunk: Uint8Array): void {
    let start = 0;
    // The lines wholly inside the chunk go all at once when they can (one decode for all of them).
    // They are tried once, as soon as no line is under way; when they cannot, they go one by one.
    const last = chunk.lastIndexOf(NEWLINE);
    let batch = last !== -1;
    for (;;) {
      if (batch && start <= last && this.#dropping === undefined && this.#partialBytes === 0) {
        batch = false;
        if (this.#lines(chunk, start, last)) start = last + 1;
      }
      const nl = chunk.indexOf(NEWLINE, start);
      if (nl === -1) break;
      if (this.#dropping !== undefined) this.#reset();
      else if (this.#partialBytes === 0) {
        // The common case: the whole line is in this chunk.
        const size = nl - start;
        if (size > this.#maxBytes) this.#sink.oversized(size);
        else if (size > 0) {
          const text = this.#whole(chunk, start, nl);
          if (text !== undefined) this.#emit(text);
        }
      } else {
        const size = this.#partialBytes + nl - start;
        if (size > this.#maxBytes) {
          this.#sink.oversized(size);
          this.#reset();
        } else {
          const text = this.#finish(chunk.subarray(start, nl));
          this.#reset();
          if (text !== undefined) this.#emit(text);
        }
      }
      start = nl + 1;
    }
    if (start < chunk.length) this.#keep(chunk.subarray(start));
  }

  /**
   * The lines of `chunk` from `start` to its last `\n` (at `last`), when they are decoded at once: no line
   * under way, none of them can pass `maxBytes` (together they are within it), and the bytes
   * decode (as a Node Buffer decodes itself) to text without U+FFFD. Otherwise false, and
   * nothing was emitted: the lines then go one by one, each checked on its own.
   */
  #lines(chunk: Uint8Array, start: number, last: number): boolean {
    if (last - start > this.#maxBytes) return false;
    const text = bufferText(chunk, start, last);
    if (text === undefined) return false;
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      if (nl > from) this.#emit(text.slice(from, nl));
      from = nl + 1;
    }
    if (from < text.length) this.#emit(text.slice(from));
    return true;
  }

  /** The rest of a chunk after its last `\n`: part of a line that goes on in the next chunk. */
  #keep(rest: Uint8Array): void {
    if (this.#dropping !== undefined) return;
    this.#partialBytes += rest.length;
    if (this.#partialBytes > this.#maxBytes) {
      this.#sink.oversized(this.#partialBytes);
      this.#drop('oversized');
      return;
    }
    const text = this.#decode(rest, true, this.#partialBytes);
    if (text !== undefined) this.#partial += text;
  }

  #pushText(chunk: string): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      const piece = chunk.slice(start, nl === -1 ? chunk.length : nl);
      if (this.#dropping === undefined) {
        // A whole line within the limit even at 3 bytes per unit needs no count.
        const quick = nl !== -1 && this.#partialBytes === 0 && piece.length * 3 <= this.#maxBytes;
        const size = quick ? 0 : this.#partialBytes + utf8Bytes(piece);
        if (size > this.#maxBytes) {
          this.#sink.oversized(size);
          this.#drop('oversized');
        } else if (nl === -1) {
          this.#partial += piece;
          this.#partialBytes = size;
        } else {
          const text = this.#partial + piece;
          this.#reset();
          this.#emit(text);
        }
      }
      if (nl === -1) return;
      if (this.#dropping !== undefined) this.#reset();
      start = nl + 1;
    }
  }

  /**
   * A whole line inside one chunk. A Node Buffer decodes itself faster than TextDecoder does;
   * its decoding replaces bad bytes with U+FFFD, so a line holding U+FFFD is checked again
   * strictly (the character itself is valid text and passes).
   */
  #whole(chunk: Uint8Array, start: number, end: number): string | undefined {
    return bufferText(chunk, start, end) ?? this.#decode(chunk.subarray(start, end), false, end - start);
  }

  #decode(bytes: Uint8Array, stream: boolean, size: number): string | undefined {
    try {
      return stream ? this.#decoder.decode(bytes, STREAM) : this.#decoder.decode(bytes);
    } catch {
      this.#decoder = new TextDecoder('utf-8', { fatal: true });
      this.#sink.undecodable(size);
      if (stream) this.#drop('undecodable');
      return undefined;
    }
  }

  /** The line under way, completed by its last bytes (undefined: it did not decode). */
  #finish(last: Uint8Array): string | undefined {
    const text = this.#decode(last, false, this.#partialBytes + last.length);
    return text === undefined ? undefined : this.#partial + text;
  }

  #emit(text: string): void {
    if (text.length === 0) return;
    const c = text.charCodeAt(0);
    if ((c === 0x20 || c === 0x09 || c === 0x0d) && blank(text)) return;
    this.#sink.line(text);
  }

  #drop(why: 'oversized' | 'undecodable'): void {
    this.#dropping = why;
    this.#partial = '';
    this.#partialBytes = 0;
    this.#decoder = new TextDecoder('utf-8', { fatal: true });
  }

  #reset(): void {
    this.#dropping = undefined;
    this.#partial = '';
    this.#partialBytes = 0;
  }
}
