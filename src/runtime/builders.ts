/**
 * Typed message builders for both sides, and response pairing: a response only says its id, so
 * `PendingRequests` remembers which method each outgoing request had and types the result. All
 * typed by a release's wire types (`T`); `index.ts` binds them to the newest release.
 */
import type { RequestId } from '../../generated/typescript/index.js';
import type { ReleaseRuntime } from './api.js';
import type { IncomingError, IncomingResponse } from './engine.js';
import { ErrorCode, errorResponse, type ErrorResponse, type Issue } from './errors.js';
import type { ProtocolTypes } from './types.js';

/** The params argument(s) of a builder: none when the method takes no params, optional when they may be left out. */
export type ParamsArg<P> = [P] extends [undefined] ? [] : undefined extends P ? [params?: Exclude<P, undefined>] : [params: P];

type Branch<U, M> = Extract<U, { method: M }>;

function build(method: string, params: unknown[], id?: RequestId): Record<string, unknown> {
  const message: Record<string, unknown> = id === undefined ? { method } : { id, method };
  if (params.length > 0 && params[0] !== undefined) message.params = params[0];
  return message;
}

/** The builders of a release. */
export interface Builders<T extends ProtocolTypes> {
  /** A client request, e.g. `clientRequest(1, "thread/start", { model: "gpt-5.1-codex" })`. */
  clientRequest<M extends keyof T['ClientRequestParamsMap'] & string>(
    this: void,
    id: RequestId,
    method: M,
    ...params: ParamsArg<T['ClientRequestParamsMap'][M]>
  ): Branch<T['ClientRequest'], M>;
  /** A server request (approval), e.g. `serverRequest(0, "item/fileChange/requestApproval", {...})`. */
  serverRequest<M extends keyof T['ServerRequestParamsMap'] & string>(
    this: void,
    id: RequestId,
    method: M,
    ...params: ParamsArg<T['ServerRequestParamsMap'][M]>
  ): Branch<T['ServerRequest'], M>;
  /** A server notification, e.g. `serverNotification("turn/started", { threadId, turn })`. */
  serverNotification<M extends keyof T['ServerNotificationParamsMap'] & string>(
    this: void,
    method: M,
    ...params: ParamsArg<T['ServerNotificationParamsMap'][M]>
  ): Branch<T['ServerNotification'], M>;
  /** A client notification, e.g. `clientNotification("initialized")`. */
  clientNotification<M extends keyof T['ClientNotificationParamsMap'] & string>(
    this: void,
    method: M,
    ...params: ParamsArg<T['ClientNotificationParamsMap'][M]>
  ): Branch<T['ClientNotification'], M>;
  /** The answer to a client request, typed by that request's method. */
  respond<M extends keyof T['ClientRequestResultMap'] & string>(
    this: void,
    request: { id: RequestId; method: M },
    result: T['ClientRequestResultMap'][M],
  ): { id: RequestId; result: T['ClientRequestResultMap'][M] };
  /** The client's answer to a server request (an approval decision), typed by its method. */
  answer<M extends keyof T['ServerRequestResultMap'] & string>(
    this: void,
    request: { id: RequestId; method: M },
    result: T['ServerRequestResultMap'][M],
  ): { id: RequestId; result: T['ServerRequestResultMap'][M] };
}

/** The builders, typed by a release's types (one implementation for all releases). */
export function builders<T extends ProtocolTypes>(): Builders<T> {
  return {
    clientRequest: (id, method, ...params) => build(method, params, id) as never,
    serverRequest: (id, method, ...params) => build(method, params, id) as never,
    serverNotification: (method, ...params) => build(method, params) as never,
    clientNotification: (method, ...params) => build(method, params) as never,
    respond: (request, result) => ({ id: request.id, result }),
    answer: (request, result) => ({ id: request.id, result }),
  };
}

/** A JSON-RPC error answer. */
export function errorFor(id: RequestId | null, code: number, message: string, issues: readonly Issue[] = []): ErrorResponse {
  return errorResponse(id, code as ErrorCode, message, issues);
}

/** The requests one side sends, and the results that answer them. */
export interface Side<Method extends string = string, Results = unknown> {
  method: Method;
  results: Results;
}
/** A client's side of a release: the requests it sends and their results. */
export type ClientSideOf<T extends ProtocolTypes> = Side<keyof T['ClientRequestParamsMap'] & string, T['ClientRequestResultMap']>;
/** A server's side of a release: the requests it sends (approvals) and their results. */
export type ServerSideOf<T extends ProtocolTypes> = Side<keyof T['ServerRequestParamsMap'] & string, T['ServerRequestResultMap']>;

/** A response matched with its request: a union over methods, so `switch (s.method)` narrows `result`. */
export type Settled<S extends Side> =
  | {
      [M in S['method']]: {
        readonly ok: true;
        readonly method: M;
        readonly id: RequestId;
        readonly result: M extends keyof S['results'] ? S['results'][M] : never;
      };
    }[S['method']]
  | {
      readonly ok: false;
      readonly id: RequestId | null;
      readonly method?: S['method'];
      readonly error: IncomingError['error'] | ErrorResponse['error'];
    };

/**
 * Remembers the requests this side sent and pairs each incoming response with its method,
 * validating the result against `runtime`'s release.
 */
export class PendingRequestsOf<S extends Side> {
  readonly #pending = new Map<RequestId, S['method']>();
  readonly #runtime: Pick<ReleaseRuntime<ProtocolTypes>, 'validateResult'>;

  constructor(runtime: Pick<ReleaseRuntime<ProtocolTypes>, 'validateResult'>) {
    this.#runtime = runtime;
  }

  /**
   * Records an outgoing request; returns it unchanged, so `send(pending.track(req))` reads well.
   * Throws when a request with the same id is still in flight (its answer could not be told
   * apart) or when the id is no exact string or integer.
   */
  track<R extends { id: RequestId; method: S['method'] }>(request: R): R {
    const id: unknown = request.id;
    if (typeof id !== 'string' && !(typeof id === 'number' && Number.isSafeInteger(id))) {
      throw new TypeError(
        `PendingRequests.track: the id must be a string or an integer within ±(2^53 - 1), not ${typeof id === 'number' ? String(id) : typeof id}`,
      );
    }
    const inFlight = this.#pending.get(request.id);
    if (inFlight !== undefined) {
      throw new Error(
        `PendingRequests.track: id ${JSON.stringify(request.id)} is already in flight (${inFlight}); use a new id for each pending request`,
      );
    }
    this.#pending.set(request.id, request.method);
    return request;
  }

  /** Whether a request with this id is waiting for its answer. */
  has(id: RequestId): boolean {
    return this.#pending.has(id);
  }

  /** Forgets a pending request (e.g. one given up on) without an answer; returns its method, if it was pending. */
  forget(id: RequestId): S['method'] | undefined {
    const method = this.#pending.get(id);
    this.#pending.delete(id);
    return method;
  }

  get size(): number {
    return this.#pending.size;
  }

  /** Pairs a response (or error response) with its request and forgets the request. */
  settle(response: IncomingResponse | IncomingError): Settled<S> {
    const id = response.id;
    const method = id === null ? undefined : this.#pending.get(id);
    if (id !== null) this.#pending.delete(id);
    if ('error' in response) return { ok: false, id, method, error: response.error } as Settled<S>;
    if (method === undefined) {
      const issue = { path: '/id', expected: 'the id of a pending request', found: JSON.stringify(id).slice(0, 40) };
      return {
        ok: false,
        id,
        error: errorResponse(id, ErrorCode.InvalidRequest, 'Response to an unknown request', [issue]).error,
      } as Settled<S>;
    }
    const checked = this.#runtime.validateResult(method as string, response.result);
    if (!checked.ok)
      return {
        ok: false,
        id,
        method,
        error: errorResponse(id, checked.code, checked.message, checked.issues, checked.omitted).error,
      } as Settled<S>;
    return { ok: true, method, id, result: checked.value } as Settled<S>;
  }
}
