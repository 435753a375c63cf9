/**
 * What a connection rejects with, and what it reports on the side (`onError`): an error the
 * peer answered with (`RpcError`), and the local ones (timeout, abort, closed, a result that
 * does not match its method, a message this side would send that does not match the schema).
 */
import type { Issue } from '../runtime/errors.js';

type Id = string | number;

/** A JSON-RPC error: the peer's answer to a request, or one a handler throws to answer with. */
export class RpcError extends Error {
  override readonly name = 'RpcError';
  readonly code: number;
  readonly data?: unknown;
  /** The request it answers, when known. */
  readonly method?: string;

  /** `message` is the peer's own (or the one to answer with); `method` says which request failed. */
  constructor(code: number, message: string, data?: unknown, method?: string) {
    super(message);
    this.code = code;
    if (data !== undefined) this.data = data;
    if (method !== undefined) this.method = method;
  }

  /** The `error` member of a response carrying this error. */
  toJSON(): { code: number; message: string; data?: unknown } {
    return this.data === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, data: this.data };
  }
}

/** No answer came within the request's time limit; the request is given up (a late answer is ignored). */
export class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError';
  constructor(
    readonly method: string,
    readonly timeoutMs: number,
  ) {
    super(`${method}: no answer within ${timeoutMs} ms`);
  }
}

/** The connection closed before the request was answered (or before it could be sent). */
export class ConnectionClosedError extends Error {
  override readonly name = 'ConnectionClosedError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The peer answered, but its result does not match the method's result type (under the
 * connection's reading policy). A local error, not a JSON-RPC one: `result` is what came.
 */
export class InvalidResultError extends Error {
  override readonly name = 'InvalidResultError';
  constructor(
    readonly method: string,
    readonly result: unknown,
    readonly issues: readonly Issue[],
  ) {
    super(`${method}: the result does not match the schema (${summary(issues)})`);
  }
}

/** A message this side was about to send does not match the schema; nothing was sent. */
export class InvalidMessageError extends Error {
  override readonly name = 'InvalidMessageError';
  constructor(
    readonly method: string,
    /** The JSON-RPC code the peer would have answered with. */
    readonly code: number,
    readonly issues: readonly Issue[],
    what = 'message',
  ) {
    super(`${method}: the ${what} does not match the schema (${summary(issues)})`);
  }
}

/** What went wrong on a connection without failing a call of this side (see `onError`). */
export type ConnectionErrorKind =
  /** A line longer than the maximum message size; dropped. */
  | 'oversized'
  /** A line that is not UTF-8 or not JSON; dropped. */
  | 'unreadable'
  /** A message the reading policy refuses (`issues` say why); dropped, and answered when it was a request. */
  | 'refused'
  /** A response whose id is no request in flight (never sent, or already answered: `duplicate`). */
  | 'unknownResponse'
  /** A request whose id is still in flight from an earlier request; not answered. */
  | 'duplicateRequest'
  /** A request with no handler; answered with an error. */
  | 'unhandledRequest'
  /** A handler threw or rejected (a request handler's error is also the answer). */
  | 'handler'
  /** A handler's answer does not match the schema; an internal error was sent instead. */
  | 'invalidAnswer'
  /** The input or output failed; the connection closes. */
  | 'stream';

export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';
  constructor(
    readonly kind: ConnectionErrorKind,
    message: string,
    readonly details: {
      readonly id?: Id | null;
      readonly method?: string;
      readonly issues?: readonly Issue[];
      /** The message as received, when it could be read. */
      readonly received?: unknown;
      /** A second answer to a request already answered. */
      readonly duplicate?: boolean;
      readonly cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }
}

function summary(issues: readonly Issue[]): string {
  if (issues.length === 0) return 'no details';
  const shown = issues
    .slice(0, 3)
    .map((i) => `${i.path === '' ? 'the value' : i.path}: expected ${i.expected}${i.found === undefined ? '' : `, found ${i.found}`}`);
  return `${shown.join('; ')}${issues.length > 3 ? `; and ${issues.length - 3} more` : ''}`;
}
