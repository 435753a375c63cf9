/**
 * Typed message builders for both sides, and response pairing: a response only says its id, so
 * `PendingRequests` remembers which method each outgoing request had and types the result.
 */
import type {
  ClientNotification,
  ClientNotificationMethod,
  ClientNotificationParamsMap,
  ClientRequest,
  ClientRequestMethod,
  ClientRequestParamsMap,
  ClientRequestResultMap,
  RequestId,
  ServerNotification,
  ServerNotificationMethod,
  ServerNotificationParamsMap,
  ServerRequest,
  ServerRequestMethod,
  ServerRequestParamsMap,
  ServerRequestResultMap,
} from '../../generated/typescript/index.js';
import { ErrorCode, errorResponse, type ErrorResponse, type Issue } from './errors.js';
import { validateResult, type IncomingError, type IncomingResponse } from './parse.js';

/** The params argument(s) of a builder: none when the method takes no params. */
type ParamsArg<P> = [P] extends [undefined] ? [] : [params: P];

function build(method: string, params: unknown[], id?: RequestId): Record<string, unknown> {
  const message: Record<string, unknown> = id === undefined ? { method } : { id, method };
  if (params.length > 0) message.params = params[0];
  return message;
}

/** A client request, e.g. `clientRequest(1, "thread/start", { model: "gpt-5.1-codex" })`. */
export function clientRequest<M extends ClientRequestMethod>(id: RequestId, method: M, ...params: ParamsArg<ClientRequestParamsMap[M]>): Extract<ClientRequest, { method: M }> {
  return build(method, params, id) as Extract<ClientRequest, { method: M }>;
}

/** A server request (approval), e.g. `serverRequest(0, "item/fileChange/requestApproval", {...})`. */
export function serverRequest<M extends ServerRequestMethod>(id: RequestId, method: M, ...params: ParamsArg<ServerRequestParamsMap[M]>): Extract<ServerRequest, { method: M }> {
  return build(method, params, id) as Extract<ServerRequest, { method: M }>;
}

/** A server notification, e.g. `serverNotification("turn/started", { threadId, turn })`. */
export function serverNotification<M extends ServerNotificationMethod>(method: M, ...params: ParamsArg<ServerNotificationParamsMap[M]>): Extract<ServerNotification, { method: M }> {
  return build(method, params) as Extract<ServerNotification, { method: M }>;
}

/** A client notification, e.g. `clientNotification("initialized")`. */
export function clientNotification<M extends ClientNotificationMethod>(method: M, ...params: ParamsArg<ClientNotificationParamsMap[M]>): Extract<ClientNotification, { method: M }> {
  return build(method, params) as Extract<ClientNotification, { method: M }>;
}

/** The answer to a client request, typed by that request's method. */
export function respond<M extends ClientRequestMethod>(request: { id: RequestId; method: M }, result: ClientRequestResultMap[M]): { id: RequestId; result: ClientRequestResultMap[M] } {
  return { id: request.id, result };
}

/** The client's answer to a server request (an approval decision), typed by its method. */
export function answer<M extends ServerRequestMethod>(request: { id: RequestId; method: M }, result: ServerRequestResultMap[M]): { id: RequestId; result: ServerRequestResultMap[M] } {
  return { id: request.id, result };
}

/** A JSON-RPC error answer. */
export function errorFor(id: RequestId | null, code: number, message: string, issues: readonly Issue[] = []): ErrorResponse {
  return errorResponse(id, code as ErrorCode, message, issues);
}

/** The requests one side sends, and the results that answer them. */
interface Side<Method extends string, Results extends Record<Method, unknown>> {
  method: Method;
  results: Results;
}
export type ClientSide = Side<ClientRequestMethod, ClientRequestResultMap>;
export type ServerSide = Side<ServerRequestMethod, ServerRequestResultMap>;

/** A response matched with its request: a union over methods, so `switch (s.method)` narrows `result`. */
export type Settled<S extends ClientSide | ServerSide> =
  | { [M in S['method']]: { readonly ok: true; readonly method: M; readonly id: RequestId; readonly result: M extends keyof S['results'] ? S['results'][M] : never } }[S['method']]
  | { readonly ok: false; readonly id: RequestId | null; readonly method?: S['method']; readonly error: IncomingError['error'] | ErrorResponse['error'] };

/**
 * Remembers the requests this side sent (`ClientSide` for a client, `ServerSide` for a server)
 * and pairs each incoming response with its method, validating the result.
 */
export class PendingRequests<S extends ClientSide | ServerSide> {
  readonly #pending = new Map<RequestId, S['method']>();

  /**
   * Records an outgoing request; returns it unchanged, so `send(pending.track(req))` reads well.
   * Throws when a request with the same id is still in flight (its answer could not be told
   * apart) or when the id is no exact string or integer.
   */
  track<R extends { id: RequestId; method: S['method'] }>(request: R): R {
    const id: unknown = request.id;
    if (typeof id !== 'string' && !(typeof id === 'number' && Number.isSafeInteger(id))) {
      throw new TypeError(`PendingRequests.track: the id must be a string or an integer within ±(2^53 - 1), not ${typeof id === 'number' ? String(id) : typeof id}`);
    }
    const inFlight = this.#pending.get(request.id);
    if (inFlight !== undefined) {
      throw new Error(`PendingRequests.track: id ${JSON.stringify(request.id)} is already in flight (${inFlight}); use a new id for each pending request`);
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
      const issue = { path: '/id', expected: 'the id of a pending request', found: JSON.stringify(id) };
      return { ok: false, id, error: errorResponse(id, ErrorCode.InvalidRequest, 'Response to an unknown request', [issue]).error } as Settled<S>;
    }
    const checked = validateResult(method as string, response.result);
    if (!checked.ok) return { ok: false, id, method, error: errorResponse(id, checked.code, checked.message, checked.issues).error } as Settled<S>;
    return { ok: true, method, id, result: checked.value } as Settled<S>;
  }
}
