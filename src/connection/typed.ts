/**
 * The typed face of a connection, shared by both sides: what one side sends (requests and
 * notifications, with their params and results) and what it receives, each typed by method
 * from one release's method maps. `ClientConnection` and `ServerConnection` pick the maps.
 */
import type { Issue } from '../runtime/errors.js';
import type { ConnectionError } from './errors.js';
import type { CloseInfo, Peer, RequestContext } from './peer.js';
import type { Id, RequestOptions } from './pending.js';

/** The method maps of one side of a release. */
export interface SideMaps {
  /** Requests this side sends: params and results by method. */
  readonly SendParams: object;
  readonly SendResults: object;
  /** Notifications this side sends. */
  readonly SendNotifications: object;
  /** Requests this side answers: params and results by method. */
  readonly AnswerParams: object;
  readonly AnswerResults: object;
  /** Notifications this side receives. */
  readonly Notifications: object;
}

/** The arguments after the method: the params (none when the method takes none), then options. */
export type RequestArgs<P> = [P] extends [undefined]
  ? [params?: undefined, options?: RequestOptions]
  : [params: P, options?: RequestOptions];
/** The params argument of a notification: none when the method takes none. */
export type NotifyArgs<P> = [P] extends [undefined] ? [] : [params: P];

/** A notification of a method the release knows, typed by it. */
export type KnownNotification<Map> = {
  [M in keyof Map & string]: { readonly known: true; readonly method: M; readonly params: Map[M]; readonly tolerated?: readonly Issue[] };
}[keyof Map & string];
/** A notification of a method the release does not know (tolerant reading): untyped. */
export interface UnknownNotification {
  readonly known: false;
  readonly method: string;
  readonly params: unknown;
  readonly tolerated?: undefined;
}
/** What the catch-all handler and the iterator get: narrow by `known`, then by `method`. */
export type AnyNotification<Map> = KnownNotification<Map> | UnknownNotification;

/** A request of a method the release knows, typed by it. */
export type KnownRequest<Map> = {
  [M in keyof Map & string]: {
    readonly known: true;
    readonly id: Id;
    readonly method: M;
    readonly params: Map[M];
    readonly tolerated?: readonly Issue[];
  };
}[keyof Map & string];
/** A request the release does not know (tolerant reading): untyped, answered unchecked. */
export interface UnknownRequest {
  readonly known: false;
  readonly id: Id;
  readonly method: string;
  readonly params: unknown;
  readonly tolerated?: undefined;
}
export type AnyRequest<Map> = KnownRequest<Map> | UnknownRequest;

/** What a request handler returns: the result, or a promise of it. Throw an `RpcError` to answer with an error. */
export type Answer<T> = T | PromiseLike<T>;

type Key<Map> = keyof Map & string;
type At<Map, M> = M extends keyof Map ? Map[M] : never;

export class TypedConnection<S extends SideMaps> {
  /** @internal */
  protected readonly peer: Peer;
  /** Resolves (never rejects) once the connection has closed, saying how. */
  readonly closed: Promise<CloseInfo>;

  /** @internal */
  constructor(peer: Peer) {
    this.peer = peer;
    this.closed = peer.closed;
  }

  /** `open` until `close()` or the end of the input; `closed` once everything has ended. */
  get state(): 'open' | 'closing' | 'closed' {
    return this.peer.state;
  }

  /**
   * Sends a request and resolves with its result, checked against the release (under the
   * reading policy). Rejects with `RpcError` when the peer answers with an error,
   * `InvalidResultError` when the result does not match, `RequestTimeoutError`, the signal's
   * reason when aborted, `ConnectionClosedError`, or `InvalidMessageError` (nothing sent) when
   * the params do not match the schema.
   */
  request<M extends Key<S['SendParams']>>(method: M, ...args: RequestArgs<At<S['SendParams'], M>>): Promise<At<S['SendResults'], M>> {
    return this.peer.request(method, args[0], args[1]) as Promise<At<S['SendResults'], M>>;
  }

  /** Sends a notification (checked strictly); resolves once it is handed to the output. */
  notify<M extends Key<S['SendNotifications']>>(method: M, ...params: NotifyArgs<At<S['SendNotifications'], M>>): Promise<void> {
    return this.peer.notify(method, params[0]);
  }

  /** Calls `handler` for each notification of `method`; returns the function that stops it. */
  onNotification<M extends Key<S['Notifications']>>(
    method: M,
    handler: (params: At<S['Notifications'], M>, event: Extract<KnownNotification<S['Notifications']>, { method: M }>) => unknown,
  ): () => void {
    return this.peer.handlers.onNotification(method, handler as never);
  }

  /** Calls `handler` for every notification, known or not (tolerant reading); returns the function that stops it. */
  onAnyNotification(handler: (notification: AnyNotification<S['Notifications']>) => unknown): () => void {
    return this.peer.handlers.onAnyNotification((_params, event) => handler(event as AnyNotification<S['Notifications']>));
  }

  /**
   * Every notification from now on, for `for await`. While `highWaterMark` of them wait to be
   * taken, the connection stops reading its input. Ends when the connection closes; leaving the
   * loop ends it too.
   */
  notifications(options?: { readonly highWaterMark?: number }): AsyncIterableIterator<AnyNotification<S['Notifications']>> {
    return this.peer.notifications(options) as AsyncIterableIterator<AnyNotification<S['Notifications']>>;
  }

  /**
   * Answers the peer's requests of `method` with what `handler` returns (checked strictly before
   * it is sent; throw an `RpcError` to answer with an error). One handler per method; returns
   * the function that removes it. A request with no handler is answered with an error.
   */
  onRequest<M extends Key<S['AnswerParams']>>(
    method: M,
    handler: (params: At<S['AnswerParams'], M>, context: RequestContext) => Answer<At<S['AnswerResults'], M>>,
  ): () => void {
    return this.peer.handlers.onRequest(method, handler as never);
  }

  /** Answers every request no `onRequest` handler takes, including methods the release does not know. */
  onAnyRequest(handler: (request: AnyRequest<S['AnswerParams']>, context: RequestContext) => unknown): () => void {
    return this.peer.handlers.onAnyRequest((params, context) => {
      const request = {
        known: context.known,
        id: context.id,
        method: context.method,
        params,
        ...(context.tolerated === undefined ? {} : { tolerated: context.tolerated }),
      };
      return handler(request as AnyRequest<S['AnswerParams']>, context);
    });
  }

  /**
   * Hears what goes wrong without failing a call: an oversized or unreadable line, a message the
   * reading policy refuses, an answer to no request, a request with no handler, a handler that
   * threw, a failed stream. With no listener these go to `console.warn`.
   */
  onError(listener: (error: ConnectionError) => void): () => void {
    return this.peer.onError(listener);
  }

  /**
   * Closes the connection: rejects what is pending (`ConnectionClosedError`), ends the output
   * once what is queued is written, and (for a process it started) waits for the process to
   * exit, ending it if it does not. Resolves with `closed`'s value.
   */
  close(): Promise<CloseInfo> {
    return this.peer.close();
  }

  /** What the peer process wrote to stderr lately (a process the connection started), else ''. */
  stderrTail(): string {
    return this.peer.stderrTail();
  }
}
