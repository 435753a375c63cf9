/**
 * The requests a connection is answering. Each handler's context carries a `signal`, aborted when
 * the connection closes before the answer is sent. The signal is made when the handler first
 * reads it: most handlers never do, and making an AbortController costs more than the rest of
 * answering a request. A signal first read after the connection closed comes already aborted,
 * with the same reason.
 */
import type { Issue } from '../runtime/errors.js';
import type { Id } from './pending.js';
import type { RequestContext } from './types.js';

interface Entry {
  controller: AbortController | undefined;
  /** Set when the connection closed before the answer was sent. */
  abortedWith: Error | undefined;
}

function signalOf(entry: Entry): AbortSignal {
  if (entry.controller === undefined) {
    entry.controller = new AbortController();
    if (entry.abortedWith !== undefined) entry.controller.abort(entry.abortedWith);
  }
  return entry.controller.signal;
}

export class Answering {
  readonly #entries = new Map<Id, Entry>();

  has(id: Id): boolean {
    return this.#entries.has(id);
  }

  /** Starts answering `id`: the context its handler gets. */
  start(id: Id, method: string, known: boolean, tolerated: readonly Issue[] | undefined): RequestContext {
    const entry: Entry = { controller: undefined, abortedWith: undefined };
    this.#entries.set(id, entry);
    return tolerated === undefined
      ? {
          id,
          method,
          known,
          get signal() {
            return signalOf(entry);
          },
        }
      : {
          id,
          method,
          known,
          tolerated,
          get signal() {
            return signalOf(entry);
          },
        };
  }

  /** The answer to `id` is ready: false when it is no longer being answered (the connection closed). */
  finish(id: Id): boolean {
    return this.#entries.delete(id);
  }

  /** The connection closed: every request still being answered is aborted with `reason`. */
  abortAll(reason: Error): void {
    for (const entry of this.#entries.values()) {
      entry.abortedWith = reason;
      entry.controller?.abort(reason);
    }
    this.#entries.clear();
  }
}
