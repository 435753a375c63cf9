/**
 * The requests this side has sent and not yet seen answered: each with its method (a response
 * carries only the id), its promise, its time limit and its abort signal. Ids given up on
 * (timed out, aborted) and ids answered lately are remembered for a while, so that a late answer
 * is dropped quietly and a second answer is reported as a duplicate.
 */
import { RequestTimeoutError } from './errors.js';

export type Id = string | number;

export interface RequestOptions {
  /** Aborting gives the request up: it rejects with the signal's reason; a late answer is ignored. */
  readonly signal?: AbortSignal;
  /** Time limit in milliseconds (`Infinity` or 0: none); the connection's `timeoutMs` by default. */
  readonly timeoutMs?: number;
}

interface Entry {
  readonly method: string;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  timer?: ReturnType<typeof setTimeout>;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/** A bounded set of ids, oldest forgotten first. */
class RecentIds {
  readonly #set = new Set<Id>();
  constructor(readonly limit: number) {}
  add(id: Id): void {
    this.#set.delete(id);
    this.#set.add(id);
    if (this.#set.size > this.limit) this.#set.delete(this.#set.values().next().value as Id);
  }
  take(id: Id): boolean {
    return this.#set.delete(id);
  }
  has(id: Id): boolean {
    return this.#set.has(id);
  }
}

export class PendingCalls {
  readonly #entries = new Map<Id, Entry>();
  readonly #abandoned = new RecentIds(1024);
  readonly #answered = new RecentIds(1024);
  #nextId = 1;

  get size(): number {
    return this.#entries.size;
  }

  /** An id no request in flight has. */
  nextId(): Id {
    while (this.#entries.has(this.#nextId)) this.#nextId++;
    return this.#nextId++;
  }

  /** Tracks a request about to be sent; resolves or rejects when it is settled. */
  track(id: Id, method: string, options: RequestOptions | undefined, defaultTimeoutMs: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const entry: Entry = { method, resolve, reject };
      const timeoutMs = options?.timeoutMs ?? defaultTimeoutMs;
      if (Number.isFinite(timeoutMs) && timeoutMs > 0) {
        entry.timer = setTimeout(() => this.#giveUp(id, new RequestTimeoutError(method, timeoutMs)), timeoutMs);
      }
      const signal = options?.signal;
      if (signal !== undefined) {
        entry.signal = signal;
        entry.onAbort = () => this.#giveUp(id, signal.reason);
        signal.addEventListener('abort', entry.onAbort, { once: true });
      }
      this.#entries.set(id, entry);
    });
  }

  /** The method of a request in flight. */
  methodOf(id: Id): string | undefined {
    return this.#entries.get(id)?.method;
  }

  /**
   * Takes the request an answer is for: its entry, 'late' for one given up on, 'duplicate' for
   * one answered already, 'unknown' for an id never sent (or long forgotten).
   */
  take(
    id: Id,
  ): { readonly method: string; resolve(value: unknown): void; reject(error: unknown): void } | 'late' | 'duplicate' | 'unknown' {
    const entry = this.#entries.get(id);
    if (entry === undefined) return this.#abandoned.take(id) ? 'late' : this.#answered.has(id) ? 'duplicate' : 'unknown';
    this.#entries.delete(id);
    this.#cleanup(entry);
    this.#answered.add(id);
    return entry;
  }

  /** Rejects a request that could not be sent. */
  fail(id: Id, error: unknown): void {
    const entry = this.#entries.get(id);
    if (entry === undefined) return;
    this.#entries.delete(id);
    this.#cleanup(entry);
    entry.reject(error);
  }

  /** Rejects every request in flight (the connection is closing). */
  rejectAll(error: unknown): void {
    for (const [id, entry] of Array.from(this.#entries)) {
      this.#entries.delete(id);
      this.#cleanup(entry);
      entry.reject(error);
    }
  }

  #giveUp(id: Id, error: unknown): void {
    const entry = this.#entries.get(id);
    if (entry === undefined) return;
    this.#entries.delete(id);
    this.#cleanup(entry);
    this.#abandoned.add(id);
    entry.reject(error);
  }

  #cleanup(entry: Entry): void {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    if (entry.onAbort !== undefined) entry.signal?.removeEventListener('abort', entry.onAbort);
  }
}
