/**
 * The core of a connection, for either side: newline-delimited JSON over a pair of byte
 * streams, every incoming message parsed and checked by the release's runtime and read under
 * the connection's policy (reading.ts), requests paired with their answers (pending.ts),
 * notifications and requests dispatched to handlers, every outgoing message checked strictly.
 * Untyped: `ClientConnection` and `ServerConnection` type it by release. No Node built-ins.
 */
import type { ReleaseRuntime } from '../runtime/api.js';
import { ErrorCode, type Issue } from '../runtime/errors.js';
import type { ProtocolTypes } from '../runtime/types.js';
import type { Direction } from '../wire.js';
import { Answering } from './answering.js';
import { ConnectionClosedError, ConnectionError, InvalidMessageError, InvalidResultError, RpcError } from './errors.js';
import { LineFramer } from './framing.js';
import { Handlers } from './handlers.js';
import { Outbox } from './outbox.js';
import { PendingCalls, type Id, type RequestOptions } from './pending.js';
import { MessageQueue } from './queue.js';
import { checkResult, flag, reread, type Reading } from './reading.js';
import { readerOf, writerOf, type ChunkReader } from './streams.js';
import type { CloseInfo, CloseReason, NotificationEvent, NotificationHandler, PeerConfig, TraceEvent, Transport } from './types.js';

export type {
  CloseInfo,
  CloseReason,
  NotificationEvent,
  NotificationHandler,
  PeerConfig,
  PeerOptions,
  RequestContext,
  RequestHandler,
  TraceEvent,
  Transport,
} from './types.js';

export const DEFAULT_MAX_MESSAGE_BYTES = 32 * 1024 * 1024;
const RUNTIME_MAX_BYTES = 32 * 1024 * 1024;
/** Longest wait for the output to take what is queued when closing. */
const CLOSE_GRACE_MS = 5_000;

type Runtime = ReleaseRuntime<ProtocolTypes>;
const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';

export class Peer {
  readonly #runtime: Runtime;
  readonly #in: Direction;
  readonly #out: Direction;
  readonly #reading: Reading;
  readonly #codexCodes: boolean;
  readonly #timeoutMs: number;
  readonly #highWaterMark: number;
  readonly #trace: ((event: TraceEvent) => void) | undefined;
  readonly #parseOptions: { limits: { maxBytes: number } } | undefined;
  readonly #transport: Transport;
  readonly #reader: ChunkReader;
  readonly #outbox: Outbox;
  readonly #framer: LineFramer;
  readonly #pending = new PendingCalls();
  /** The handlers of notifications and requests (the connection's `on…` methods register them). */
  readonly handlers = new Handlers();
  readonly #queues = new Set<MessageQueue<NotificationEvent>>();
  readonly #answering = new Answering();
  readonly #errorListeners = new Set<(error: ConnectionError) => void>();
  #state: 'open' | 'closing' | 'closed' = 'open';
  #paused: { promise: Promise<void>; resume: () => void } | undefined;
  readonly closed: Promise<CloseInfo>;
  #resolveClosed!: (info: CloseInfo) => void;

  constructor(transport: Transport, config: PeerConfig) {
    this.#runtime = config.runtime;
    this.#in = config.side === 'client' ? 'serverToClient' : 'clientToServer';
    this.#out = config.side === 'client' ? 'clientToServer' : 'serverToClient';
    this.#reading = config.reading ?? 'tolerant';
    if (this.#reading !== 'tolerant' && this.#reading !== 'strict')
      throw new TypeError(`reading must be "tolerant" or "strict", not ${JSON.stringify(config.reading)}`);
    this.#codexCodes = config.errorCodes === 'codex';
    this.#timeoutMs = config.timeoutMs ?? config.defaultTimeoutMs;
    this.#highWaterMark = positive(config.highWaterMark ?? 1024, 'highWaterMark');
    this.#trace = config.trace;
    const maxBytes = positive(config.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES, 'maxMessageBytes');
    this.#parseOptions = maxBytes > RUNTIME_MAX_BYTES ? { limits: { maxBytes } } : undefined;
    this.#transport = transport;
    this.closed = new Promise((resolve) => (this.#resolveClosed = resolve));
    this.#reader = readerOf(transport.input);
    this.#outbox = new Outbox(writerOf(transport.output, (e) => this.fail(e, 'the output failed')));
    this.#framer = new LineFramer(
      {
        line: (text) => this.#line(text),
        oversized: (bytes) =>
          this.#report('oversized', `A message of ${bytes} bytes or more is larger than maxMessageBytes (${maxBytes}); it was dropped`),
        undecodable: () => this.#report('unreadable', 'A line that is not UTF-8 was dropped'),
      },
      maxBytes,
    );
    transport.watch?.((e, what) => this.fail(e, what));
    void this.#read();
  }

  get state(): 'open' | 'closing' | 'closed' {
    return this.#state;
  }

  /** Text the peer wrote to stderr lately (a process this connection started), else ''. */
  stderrTail(): string {
    return this.#transport.stderrTail?.() ?? '';
  }

  // --- Sending ------------------------------------------------------------------------------

  request(method: string, params: unknown, options?: RequestOptions): Promise<unknown> {
    if (this.#state !== 'open') return Promise.reject(new ConnectionClosedError(`${method}: the connection is closed`));
    if (options?.signal?.aborted) return Promise.reject(options.signal.reason);
    const id = this.#pending.nextId();
    const message = params === undefined ? { id, method } : { id, method, params };
    const text = this.#checkOutgoing(message, method, 'request');
    if (typeof text !== 'string') return Promise.reject(text);
    const answer = this.#pending.track(id, method, options, this.#timeoutMs);
    void this.#send(message, text); // never rejects; the answer settles the request
    return answer;
  }

  notify(method: string, params: unknown): Promise<void> {
    if (this.#state !== 'open') return Promise.reject(new ConnectionClosedError(`${method}: the connection is closed`));
    const message = params === undefined ? { method } : { method, params };
    const text = this.#checkOutgoing(message, method, 'notification');
    if (typeof text !== 'string') return Promise.reject(text);
    return this.#send(message, text);
  }

  /** The message as a line, checked as the peer will check it (strictly); else the error. */
  #checkOutgoing(message: object, method: string, kind: 'request' | 'notification'): string | Error {
    let text: string;
    try {
      text = JSON.stringify(message);
    } catch (e) {
      return new InvalidMessageError(
        method,
        ErrorCode.InvalidParams,
        [{ path: '/params', expected: `JSON (${e instanceof Error ? e.message : String(e)})` }],
        kind,
      );
    }
    const checked = this.#runtime.parse(text, this.#out);
    if (!checked.ok) return new InvalidMessageError(method, checked.error.error.code, checked.error.error.data.issues, kind);
    if (checked.kind !== kind)
      return new InvalidMessageError(method, ErrorCode.InvalidRequest, [{ path: '/method', expected: `a ${kind} method` }], kind);
    return text + '\n';
  }

  #send(message: object, text: string): Promise<void> {
    this.#trace?.({ direction: 'out', message });
    return this.#outbox.send(text);
  }

  // --- Handlers -----------------------------------------------------------------------------

  notifications(options?: { highWaterMark?: number }): AsyncIterableIterator<NotificationEvent> {
    const queue = new MessageQueue<NotificationEvent>(
      { pressure: () => this.#pressure(), detach: (q) => void this.#queues.delete(q as MessageQueue<NotificationEvent>) },
      positive(options?.highWaterMark ?? this.#highWaterMark, 'highWaterMark'),
    );
    if (this.#state === 'open') this.#queues.add(queue);
    else queue.end();
    return queue;
  }

  onError(listener: (error: ConnectionError) => void): () => void {
    this.#errorListeners.add(listener);
    return () => this.#errorListeners.delete(listener);
  }

  #report(kind: ConnectionError['kind'], message: string, details?: ConnectionError['details']): void {
    const error = new ConnectionError(kind, message, details);
    if (this.#errorListeners.size === 0) {
      globalThis.console?.warn(`[codex-app-server-protocol] ${error.message}`);
      return;
    }
    // A snapshot: a listener may remove itself.
    for (const listener of Array.from(this.#errorListeners)) {
      try {
        listener(error);
      } catch {
        // A listener's own failure must not break reading.
      }
    }
  }

  // --- Reading ------------------------------------------------------------------------------

  async #read(): Promise<void> {
    try {
      for (;;) {
        if (this.#paused !== undefined) await this.#paused.promise;
        const { done, value } = await this.#reader.next();
        if (done || this.#state !== 'open') break;
        if (value !== undefined) this.#framer.push(value);
      }
      if (this.#state === 'open') this.#framer.end();
      this.#shutdown('ended');
    } catch (e) {
      this.fail(e, 'the input failed');
    }
  }

  #pressure(): void {
    let full = false;
    for (const q of this.#queues) if (q.full) full = true;
    if (full && this.#paused === undefined) {
      let resume!: () => void;
      const promise = new Promise<void>((r) => (resume = r));
      this.#paused = { promise, resume };
    } else if (!full && this.#paused !== undefined) {
      const { resume } = this.#paused;
      this.#paused = undefined;
      resume();
    }
  }

  #line(text: string): void {
    if (this.#state !== 'open') return;
    const r = this.#runtime.parse(text, this.#in, this.#parseOptions);
    if (r.ok) {
      this.#trace?.({ direction: 'in', message: r.message });
      const m = r.message as {
        id: Id;
        method: string;
        params?: unknown;
        result?: unknown;
        error?: { code: number; message: string; data?: unknown };
      };
      switch (r.kind) {
        case 'notification':
          return this.#notification(m.method, m.params, true, undefined);
        case 'request':
          return this.#request(m.id, m.method, m.params, true, undefined);
        case 'response':
          return this.#response(m.id, m.result);
        case 'error':
          return this.#errorResponse(m.id, m.error!);
      }
    }
    const again = reread(this.#runtime, text, this.#in, r, this.#reading);
    this.#trace?.(
      again.received === undefined ? { direction: 'in', message: undefined, text } : { direction: 'in', message: again.received },
    );
    if (again.kind === 'notification') return this.#notification(again.method, again.params, again.known, again.tolerated);
    if (again.kind === 'request') return this.#request(again.id, again.method, again.params, again.known, again.tolerated);
    const received = again.received as { id?: unknown; method?: unknown } | undefined;
    const { code, message, data } = again.error.error;
    if (received === undefined)
      return this.#report('unreadable', `${message} (line of ${text.length} characters dropped)`, { issues: data.issues });
    const id = typeof received === 'object' && received !== null ? received.id : undefined;
    const method = typeof received === 'object' && received !== null && typeof received.method === 'string' ? received.method : undefined;
    const details = { id: typeof id === 'string' || typeof id === 'number' ? id : null, method, issues: data.issues, received };
    if (again.reply) {
      this.#report('refused', `${method ?? 'A request'} refused: ${message}; answered with ${this.#code(code)}`, details);
      this.#sendAnswer({ id: again.error.id, error: { code: this.#code(code), message, data } });
      return;
    }
    // A response the runtime refuses still settles its request, as a local error.
    const settled = method === undefined && (typeof id === 'string' || typeof id === 'number') ? this.#pending.take(id) : 'unknown';
    if (typeof settled === 'object') settled.reject(new InvalidResultError(settled.method, received, data.issues));
    this.#report('refused', `${method === undefined ? 'A response' : method} refused: ${message}`, details);
  }

  #code(code: number): number {
    return this.#codexCodes && (code === ErrorCode.MethodNotFound || code === ErrorCode.InvalidParams) ? ErrorCode.InvalidRequest : code;
  }

  #notification(method: string, params: unknown, known: boolean, tolerated: readonly Issue[] | undefined): void {
    if (tolerated !== undefined) flag(params, tolerated);
    const event: NotificationEvent = tolerated === undefined ? { known, method, params } : { known, method, params, tolerated };
    // The handler lists are replaced, never changed, when a handler comes or goes: these are snapshots.
    const handlers = known ? this.handlers.of(method) : undefined;
    if (handlers !== undefined) for (let i = 0; i < handlers.length; i++) this.#call(handlers[i]!, params, event, method);
    const any = this.handlers.anyNotification;
    for (let i = 0; i < any.length; i++) this.#call(any[i]!, params, event, method);
    if (this.#queues.size > 0) for (const q of this.#queues) q.push(event);
  }

  #call(handler: NotificationHandler, params: unknown, event: NotificationEvent, method: string): void {
    try {
      const r = handler(params, event);
      if (isThenable(r))
        r.then(undefined, (e) => this.#report('handler', `The ${method} handler failed: ${errorText(e)}`, { method, cause: e }));
    } catch (e) {
      this.#report('handler', `The ${method} handler failed: ${errorText(e)}`, { method, cause: e });
    }
  }

  #request(id: Id, method: string, params: unknown, known: boolean, tolerated: readonly Issue[] | undefined): void {
    if (this.#answering.has(id)) {
      this.#report(
        'duplicateRequest',
        `${method}: a request with id ${JSON.stringify(id)} is still being answered; the second one is not answered`,
        { id, method },
      );
      return;
    }
    const handler = (known ? this.handlers.request(method) : undefined) ?? this.handlers.anyRequest;
    if (handler === undefined) {
      const code = this.#code(ErrorCode.MethodNotFound);
      const message = known
        ? `No handler for ${method} on this ${this.#in === 'serverToClient' ? 'client' : 'server'}`
        : `Method not found: ${JSON.stringify(method)}`;
      this.#report('unhandledRequest', `${message}; answered with ${code}`, { id, method });
      this.#sendAnswer({ id, error: { code, message } });
      return;
    }
    flag(params, tolerated);
    const context = this.#answering.start(id, method, known, tolerated);
    let result: unknown;
    try {
      result = handler(params, context);
    } catch (e) {
      return this.#answerError(id, method, e);
    }
    if (isThenable(result))
      result.then(
        (value) => this.#answer(id, method, known, value),
        (e) => this.#answerError(id, method, e),
      );
    else this.#answer(id, method, known, result);
  }

  #answer(id: Id, method: string, known: boolean, value: unknown): void {
    if (!this.#answering.finish(id) || this.#state !== 'open') return;
    if (known) {
      const checked = this.#runtime.validateResult(method, value);
      if (!checked.ok) {
        const message = `Internal error: the answer to ${method} does not match the schema`;
        this.#report(
          'invalidAnswer',
          `${message} (${checked.issues.map((i) => `${i.path || '/'}: expected ${i.expected}`).join('; ')}); answered with -32603`,
          { id, method, issues: checked.issues, received: value },
        );
        this.#sendAnswer({ id, error: { code: ErrorCode.InternalError, message } });
        return;
      }
    }
    this.#sendAnswer({ id, result: value });
  }

  #answerError(id: Id, method: string, error: unknown): void {
    if (!this.#answering.finish(id) || this.#state !== 'open') return;
    if (error instanceof RpcError) {
      this.#sendAnswer({ id, error: error.toJSON() });
      return;
    }
    this.#report('handler', `The ${method} handler failed: ${errorText(error)}; answered with -32603`, { id, method, cause: error });
    this.#sendAnswer({ id, error: { code: ErrorCode.InternalError, message: `Internal error: ${errorText(error)}` } });
  }

  #sendAnswer(message: { id: Id | null; result?: unknown; error?: unknown }): void {
    let text: string;
    try {
      text = JSON.stringify(message) + '\n';
    } catch (e) {
      const fallback = {
        id: message.id,
        error: { code: ErrorCode.InternalError, message: `Internal error: the answer is not JSON (${errorText(e)})` },
      };
      return void this.#send(fallback, JSON.stringify(fallback) + '\n');
    }
    void this.#send(message, text);
  }

  #response(id: Id, result: unknown): void {
    const entry = this.#pending.take(id);
    if (typeof entry === 'object') {
      const checked = checkResult(this.#runtime, entry.method, result, this.#reading);
      if (checked.ok) {
        flag(checked.value, checked.tolerated);
        entry.resolve(checked.value);
      } else entry.reject(new InvalidResultError(entry.method, result, checked.issues));
      return;
    }
    if (entry === 'late') return;
    this.#report(
      'unknownResponse',
      entry === 'duplicate'
        ? `A second answer to request ${JSON.stringify(id)} was dropped`
        : `An answer to request ${JSON.stringify(id)}, which this side never sent, was dropped`,
      { id, duplicate: entry === 'duplicate', received: { id, result } },
    );
  }

  #errorResponse(id: Id | null, error: { code: number; message: string; data?: unknown }): void {
    const entry = id === null ? 'unknown' : this.#pending.take(id);
    if (typeof entry === 'object') return entry.reject(new RpcError(error.code, error.message, error.data, entry.method));
    if (entry === 'late') return;
    const what =
      id === null
        ? 'An error the peer could not relate to a request'
        : entry === 'duplicate'
          ? `A second answer to request ${JSON.stringify(id)}`
          : `An error answer to request ${JSON.stringify(id)}, which this side never sent,`;
    this.#report('unknownResponse', `${what} was dropped: ${error.code} ${error.message}`, {
      id,
      duplicate: entry === 'duplicate',
      received: { id, error },
    });
  }

  // --- Closing ------------------------------------------------------------------------------

  close(): Promise<CloseInfo> {
    this.#shutdown('closed');
    return this.closed;
  }

  /** Closes the connection because something failed (the input, the output, the process). */
  fail(error: unknown, what: string): void {
    if (this.#state !== 'open') return;
    const e = new Error(`${what}: ${errorText(error)}`, { cause: error });
    this.#report('stream', e.message, { cause: error });
    this.#shutdown('error', e);
  }

  #shutdown(reason: CloseReason, error?: Error): void {
    if (this.#state !== 'open') return;
    this.#state = 'closing';
    this.#answering.abortAll(new ConnectionClosedError('the connection closed'));
    for (const q of this.#queues) q.end();
    this.#queues.clear();
    this.#paused?.resume();
    this.#paused = undefined;
    if (reason === 'closed')
      this.#pending.rejectAll(new ConnectionClosedError('the connection was closed by this side before the answer came'));
    void (async () => {
      // The output ends (after what is queued, when closing) while the transport waits for the
      // peer to go (a process ends it when it does not); an output nobody reads holds neither up
      // for more than CLOSE_GRACE_MS.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const [, exit = {}] = await Promise.all([
        Promise.race([
          this.#outbox.end(reason === 'closed'),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS))),
        ]),
        this.#transport
          .finish?.(reason)
          .catch((e: unknown): Partial<CloseInfo> => ({ error: e instanceof Error ? e : new Error(String(e)) })),
      ]);
      clearTimeout(timer);
      this.#reader.cancel();
      const info: CloseInfo = {
        reason: reason === 'ended' && exit.error !== undefined ? 'error' : reason,
        ...exit,
        ...(error === undefined ? {} : { error }),
      };
      if (this.#pending.size > 0)
        this.#pending.rejectAll(new ConnectionClosedError(closedMessage(info, this.stderrTail()), { cause: info.error }));
      this.#state = 'closed';
      this.#resolveClosed(info);
    })();
  }
}

function closedMessage(info: CloseInfo, stderr: string): string {
  const how = info.error !== undefined ? `failed: ${info.error.message}` : info.reason === 'ended' ? 'was ended by the peer' : 'closed';
  const exit =
    info.exitCode !== undefined || info.signal !== undefined
      ? ` (the process exited with ${info.signal ? `signal ${info.signal}` : `status ${String(info.exitCode)}`})`
      : '';
  const tail = stderr.trim() === '' ? '' : `\n--- stderr (tail) ---\n${stderr.trim().split('\n').slice(-15).join('\n')}`;
  return `the connection ${how} before the answer came${exit}${tail}`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function positive(n: number, what: string): number {
  if (!(n === Infinity || (Number.isSafeInteger(n) && n > 0))) throw new TypeError(`${what} must be a positive integer, not ${String(n)}`);
  return n;
}
