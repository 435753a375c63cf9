/**
 * The engine of parsing and validating messages as they cross the wire, for the checks of one
 * release (parse.ts types it by release). A generated router matches the method
 * and runs its generated fast check (for `codex/event/*`, the check of that event type); only a
 * message that fails goes through the explainer, which says why (and decides). Never throws,
 * for any input and any options, and never mutates its input.
 */
import type { RequestId } from '../../generated/typescript/index.js';
import type { Direction } from '../wire.js';
import { describe, ErrorCode, errorResponse, quote, type ErrorResponse, type Issue } from './errors.js';
import { inexactId } from './ids.js';
import {
  DEFAULT_LIMITS,
  exceedsBytes,
  measure,
  messageNestsAtMost,
  nestsAtMost,
  nestsWithin,
  resolveLimits,
  textNestsWithin,
  type Limits,
} from './limits.js';
import type { ReleaseChecks, MethodEntry } from './release.js';
import type { ProtocolTypes } from './types.js';

export type { Direction };

/** A successful answer: `{id, result}`. Pair it with its request to type the result (see `PendingRequests`). */
export interface IncomingResponse {
  readonly id: RequestId;
  readonly result: unknown;
}
/** An error answer: `{id, error: {code, message, data?}}`; `id` is null when the peer could not tell which request failed. */
export interface IncomingError {
  readonly id: RequestId | null;
  readonly error: { readonly code: number; readonly message: string; readonly data?: unknown };
}

/** What a peer can receive from the other side, by direction (typed by the release's types `T`). */
export type Incoming<D extends Direction, T extends ProtocolTypes = ProtocolTypes> =
  | { readonly ok: true; readonly kind: 'request'; readonly message: D extends 'clientToServer' ? T['ClientRequest'] : T['ServerRequest'] }
  | {
      readonly ok: true;
      readonly kind: 'notification';
      readonly message: D extends 'clientToServer' ? T['ClientNotification'] : T['ServerNotification'];
    }
  | { readonly ok: true; readonly kind: 'response'; readonly message: IncomingResponse }
  | { readonly ok: true; readonly kind: 'error'; readonly message: IncomingError };

/** A refused message: the JSON-RPC error to send back, and whether a reply is due. */
export interface Refused {
  readonly ok: false;
  readonly error: ErrorResponse;
  /**
   * True when the message is a request (it has a method and an id): JSON-RPC then owes it an
   * answer, this error (with id null where the id itself was unusable). False for notifications,
   * responses and unreadable input.
   */
  readonly reply: boolean;
}

export type ParseResult<D extends Direction, T extends ProtocolTypes = ProtocolTypes> = Incoming<D, T> | Refused;

export interface LimitOptions {
  /** Limits for this call; each must be a positive integer (or Infinity: no limit). */
  readonly limits?: Partial<Limits>;
}

/** Result of checking one value against a method's params or result type. */
export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly code: ErrorCode;
      readonly message: string;
      readonly issues: readonly Issue[];
      readonly omitted?: number;
    };

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const isRequestId = (v: unknown): v is RequestId => typeof v === 'string' || (typeof v === 'number' && Number.isSafeInteger(v));

function failure(code: ErrorCode, message: string, issues: readonly Issue[], omitted = 0): Validation<never> {
  return omitted > 0 ? { ok: false, code, message, issues, omitted } : { ok: false, code, message, issues };
}

/** Runs the fast check of `id`; a value that fails goes to the explainer, which says why (or finds it valid after all). */
function runCheck(
  checks: ReleaseChecks,
  id: string,
  value: unknown,
  prefix: string,
  code: ErrorCode,
  what: string,
  limits: Limits,
): Validation<unknown> {
  const fast = checks.fast(id);
  if (fast !== undefined && fast(value)) return { ok: true, value };
  const { issues, omitted } = checks.explain(id, value, prefix, limits.maxIssues);
  if (issues.length === 0) return { ok: true, value };
  return failure(code, `Invalid ${what}`, issues, omitted);
}

function checkParams(
  checks: ReleaseChecks,
  entry: MethodEntry,
  params: unknown,
  present: boolean,
  prefix: string,
  limits: Limits,
): Validation<unknown> {
  if (entry.params === null) {
    if (!present || params === null) return { ok: true, value: undefined };
    return failure(ErrorCode.InvalidParams, `Invalid params: ${entry.method} takes no params`, [
      { path: prefix, expected: 'no params (leave the key out)', found: describe(params) },
    ]);
  }
  if (entry.paramsOptional === true && (!present || params === null)) return { ok: true, value: undefined };
  if (!present)
    return failure(ErrorCode.InvalidParams, `Invalid params for ${entry.method}`, [{ path: prefix, expected: 'a value (required)' }]);
  return runCheck(checks, entry.params, params, prefix, ErrorCode.InvalidParams, `params for ${entry.method}`, limits);
}

/** Refuses a value nested too deep, too big or cyclic (for a value that did not come as text). */
function guardValue(value: unknown, limits: Limits, prefix: string, bytes: boolean): Validation<never> | undefined {
  if (!bytes && nestsWithin(value, limits.maxDepth)) return undefined;
  const found = measure(value, limits.maxDepth, bytes ? limits.maxBytes : Infinity);
  if (found === undefined) return undefined;
  if (found.problem === 'bytes')
    return failure(ErrorCode.InvalidRequest, `Invalid request: larger than ${limits.maxBytes} bytes as JSON`, [
      { path: prefix, expected: `at most ${limits.maxBytes} bytes` },
    ]);
  if (found.problem === 'cycle')
    return failure(ErrorCode.InvalidRequest, 'Invalid request: the value contains itself (or shares a part), which JSON cannot', [
      { path: prefix + found.at, expected: 'a JSON value (a tree)' },
    ]);
  return failure(ErrorCode.InvalidRequest, `Invalid request: nested deeper than ${limits.maxDepth} levels`, [
    { path: prefix + found.at, expected: `at most ${limits.maxDepth} levels of nesting` },
  ]);
}

/** Runs a check of a caller's value; whatever the value does (getters, proxies) becomes a refusal. */
function guarded<T>(run: () => Validation<T>): Validation<T> {
  try {
    return run();
  } catch (e) {
    return failure(
      ErrorCode.InvalidRequest,
      `Invalid request: reading the value failed (${e instanceof Error ? quote(e.message) : typeof e})`,
      [],
    );
  }
}

function notFound(method: string): Validation<never> {
  return failure(ErrorCode.MethodNotFound, `Method not found: ${quote(method)}`, [
    { path: '', expected: 'a method of the protocol', found: describe(method) },
  ]);
}

/** Checks `value` as the params of `method`. Unknown methods get MethodNotFound. */
export function validateParamsWith(checks: ReleaseChecks, method: string, value: unknown, options?: LimitOptions): Validation<unknown> {
  return guarded(() => {
    const limits = resolveLimits(options?.limits);
    if (typeof limits === 'string') return failure(ErrorCode.InternalError, `Invalid options: ${limits}`, []);
    if (typeof method !== 'string') return notFound(String(method));
    const entry = checks.lookup(method);
    if (entry === undefined) return notFound(method);
    return guardValue(value, limits, '', true) ?? checkParams(checks, entry, value, value !== undefined, '', limits);
  });
}

/** Checks `value` as the result of the request `method`. */
export function validateResultWith(checks: ReleaseChecks, method: string, value: unknown, options?: LimitOptions): Validation<unknown> {
  return guarded(() => {
    const limits = resolveLimits(options?.limits);
    if (typeof limits === 'string') return failure(ErrorCode.InternalError, `Invalid options: ${limits}`, []);
    if (typeof method !== 'string') return notFound(String(method));
    const entry = checks.lookup(method);
    if (entry === undefined || entry.result === null) return notFound(method);
    return (
      guardValue(value, limits, '', true) ??
      runCheck(checks, entry.result, value, '', ErrorCode.InvalidResult, `result for ${method}`, limits)
    );
  });
}

function refuse(id: RequestId | null, code: ErrorCode, message: string, issues: readonly Issue[], reply: boolean, omitted = 0): Refused {
  return { ok: false, error: errorResponse(id, code, message, issues, omitted), reply };
}

/**
 * Parses and validates one incoming message: a line of text (string) or an already-parsed JSON
 * value. `direction` says who sent it. Requests and notifications come back narrowed by method;
 * anything else comes back as a ready-to-send JSON-RPC error.
 */
export function parseWith(checks: ReleaseChecks, input: unknown, direction: Direction, options?: LimitOptions): ParseResult<Direction> {
  // The common case first: a line of text, default limits, short enough that its UTF-8 size
  // cannot pass maxBytes (3 bytes per UTF-16 unit at most).
  if (typeof input === 'string' && options === undefined && input.length * 3 <= DEFAULT_LIMITS.maxBytes) {
    return parseText(checks, input, direction, DEFAULT_LIMITS);
  }
  let limits: Limits | string;
  try {
    limits = resolveLimits(options?.limits);
  } catch (e) {
    limits = `unreadable options (${e instanceof Error ? quote(e.message) : typeof e})`;
  }
  if (typeof limits === 'string') return refuse(null, ErrorCode.InternalError, `Invalid options: ${limits}`, [], false);
  if (typeof input === 'string') {
    if (exceedsBytes(input, limits.maxBytes)) {
      return refuse(
        null,
        ErrorCode.InvalidRequest,
        `Invalid request: message larger than ${limits.maxBytes} bytes`,
        [{ path: '', expected: `at most ${limits.maxBytes} bytes` }],
        false,
      );
    }
    return parseText(checks, input, direction, limits);
  }
  if (ArrayBuffer.isView(input) || input instanceof ArrayBuffer) {
    return refuse(
      null,
      ErrorCode.InvalidRequest,
      'Invalid request: bytes given; pass the message as a string (decode the bytes as UTF-8) or as a parsed JSON value',
      [{ path: '', expected: 'a string or a JSON value' }],
      false,
    );
  }
  return diagnose(checks, input, direction, limits, undefined);
}

/** What the layout reader makes of `text` (see codegen/checks/readers.ts); undefined: leave it to JSON.parse. */
function readLayout(checks: ReleaseChecks, text: string): unknown {
  try {
    return checks.read(text);
  } catch {
    return undefined; // it never throws; if it did, JSON.parse decides
  }
}

/**
 * A line of text within the byte limit: the layout reader or JSON.parse (the same value either
 * way), then the fast path, else the full diagnosis.
 */
function parseText(checks: ReleaseChecks, input: string, direction: Direction, limits: Limits): ParseResult<Direction> {
  let value = readLayout(checks, input);
  try {
    if (value === undefined) value = JSON.parse(input);
  } catch (e) {
    return refuse(
      null,
      ErrorCode.ParseError,
      `Parse error: ${e instanceof SyntaxError ? 'the text is not valid JSON' : 'unreadable input'}`,
      [{ path: '', expected: 'one JSON value' }],
      false,
    );
  }
  // V8's JSON.parse does not recurse, so deep text is safe to parse first.
  return accept(checks, value, direction, input, limits.maxDepth) ?? diagnose(checks, value, direction, limits, input);
}

/** The full diagnosis (`classify`), which never throws: whatever a caller-built value does (getters, proxies) becomes an error. */
function diagnose(
  checks: ReleaseChecks,
  value: unknown,
  direction: Direction,
  limits: Limits,
  text: string | undefined,
): ParseResult<Direction> {
  try {
    return classify(checks, value, direction, limits, text);
  } catch (e) {
    return refuse(
      null,
      ErrorCode.InvalidRequest,
      `Invalid request: reading the message failed (${e instanceof Error ? quote(e.message) : typeof e})`,
      [],
      false,
    );
  }
}

/**
 * The fast path, for a value parsed from `text`: when the text provably nests within
 * `maxDepth`, a well-formed request or notification whose params pass the method's fast check,
 * or a success response, comes back accepted; anything else is undefined, and goes to
 * `classify`, which says what is wrong. (Only JSON values come here: nothing in it can throw.)
 *
 * A server notification (most of the traffic) is taken here, in few enough lines for the JIT to
 * inline this function into its caller; everything else, and a notification that is not taken
 * here, goes through `acceptMessage`, which decides alone.
 */
function accept(
  checks: ReleaseChecks,
  value: unknown,
  direction: Direction,
  text: string,
  maxDepth: number,
): Incoming<Direction> | undefined {
  if (direction === 'serverToClient' && typeof value === 'object' && value !== null) {
    const msg = value as Record<string, unknown>;
    const method = msg.method;
    if (
      typeof method === 'string' &&
      msg.id === undefined &&
      msg.result === undefined &&
      msg.error === undefined &&
      messageNestsAtMost(text, method.length, maxDepth)
    ) {
      const at = checks.serverRouter(method, msg.params);
      if (at >= 0 && !checks.isRequest[at])
        return checks.envelopes.serverToClient.notification(msg)
          ? ({ ok: true, kind: 'notification', message: msg } as Incoming<Direction>)
          : undefined;
    }
  }
  return acceptMessage(checks, value, direction, text, maxDepth);
}

/** `accept` for any message (the same checks as its notification path, for every kind). */
function acceptMessage(
  checks: ReleaseChecks,
  value: unknown,
  direction: Direction,
  text: string,
  maxDepth: number,
): Incoming<Direction> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const msg = value as Record<string, unknown>;
  const method = msg.method;
  if (typeof method !== 'string') {
    // A success response: its result is typed once paired with its request (see `PendingRequests`).
    const id = msg.id;
    if (
      method !== undefined ||
      msg.result === undefined ||
      msg.error !== undefined ||
      (msg.jsonrpc !== undefined && msg.jsonrpc !== '2.0') ||
      !isRequestId(id) ||
      !nestsAtMost(text, maxDepth)
    )
      return undefined;
    if (typeof id === 'number' && inexactId(id, text) !== undefined) return undefined;
    return { ok: true, kind: 'response', message: msg as unknown as IncomingResponse };
  }
  // The depth bound comes first: the checks must not meet deeper nesting than the limit allows.
  if (!messageNestsAtMost(text, method.length, maxDepth)) return undefined;
  const route = direction === 'clientToServer' ? checks.clientRouter : direction === 'serverToClient' ? checks.serverRouter : undefined;
  if (route === undefined) return undefined;
  const at = route(method, msg.params);
  // The envelope checks hold `jsonrpc` (and the id of a request) to the schema.
  if (at < 0 || msg.result !== undefined || msg.error !== undefined) return undefined;
  const id = msg.id;
  if (checks.isRequest[at]) {
    if (
      !isRequestId(id) ||
      (typeof id === 'number' && inexactId(id, text, method) !== undefined) ||
      !checks.envelopes[direction].request(msg)
    )
      return undefined;
    return { ok: true, kind: 'request', message: msg } as Incoming<Direction>;
  }
  return id === undefined && checks.envelopes[direction].notification(msg)
    ? ({ ok: true, kind: 'notification', message: msg } as Incoming<Direction>)
    : undefined;
}

function classify(
  checks: ReleaseChecks,
  value: unknown,
  direction: Direction,
  limits: Limits,
  text: string | undefined,
): ParseResult<Direction> {
  if (direction !== 'clientToServer' && direction !== 'serverToClient') {
    return refuse(
      null,
      ErrorCode.InternalError,
      `Invalid options: direction must be "clientToServer" or "serverToClient", not ${typeof direction === 'string' ? quote(direction) : typeof direction}`,
      [],
      false,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const expected = Array.isArray(value) ? 'a single message (batches are not used by this protocol)' : 'a JSON-RPC message object';
    return refuse(
      null,
      ErrorCode.InvalidRequest,
      'Invalid request: not a message object',
      [{ path: '', expected, found: describe(value) }],
      false,
    );
  }
  const msg = value as Record<string, unknown>;
  const isCall = has(msg, 'method');
  const hasId = has(msg, 'id');
  const idProblem = hasId && typeof msg.id === 'number' ? inexactId(msg.id, text) : undefined;
  const id = hasId && isRequestId(msg.id) && idProblem === undefined ? msg.id : null;
  const reply = isCall && hasId;
  // Text that provably (or, scanned, exactly) nests within the limit needs no walk of the value.
  const shallow = text !== undefined && (nestsAtMost(text, limits.maxDepth) || textNestsWithin(text, limits.maxDepth));
  const guard = shallow ? undefined : guardValue(msg, limits, '', text === undefined);
  if (guard !== undefined && !guard.ok) return refuse(id, guard.code, guard.message, guard.issues, reply);

  const envelope: Issue[] = [];
  if (has(msg, 'jsonrpc') && msg.jsonrpc !== '2.0')
    envelope.push({ path: '/jsonrpc', expected: '"2.0" (or no jsonrpc key)', found: describe(msg.jsonrpc) });
  if (idProblem !== undefined) envelope.push({ path: '/id', expected: `an exact id: ${idProblem}`, found: describe(msg.id) });
  else if (hasId && !isRequestId(msg.id) && !(msg.id === null && !isCall && has(msg, 'error'))) {
    envelope.push({
      path: '/id',
      expected: isCall || has(msg, 'result') ? 'a string or an integer' : 'a string, an integer or null',
      found: describe(msg.id),
    });
  }

  if (isCall) {
    if (typeof msg.method !== 'string') envelope.push({ path: '/method', expected: 'string', found: describe(msg.method) });
    for (const key of ['result', 'error'])
      if (has(msg, key))
        envelope.push({
          path: `/${key}`,
          expected: 'no such key (a message with a method is a request or a notification, not a response)',
        });
    if (envelope.length > 0) return refuse(id, ErrorCode.InvalidRequest, 'Invalid request', envelope, reply);
    const method = msg.method as string;
    const entry = checks.lookup(method);
    if (entry === undefined || entry.direction !== direction) {
      const issue: Issue = {
        path: '/method',
        expected: `a ${direction === 'clientToServer' ? 'client' : 'server'} method of the protocol`,
        found: describe(method),
      };
      return refuse(id, ErrorCode.MethodNotFound, `Method not found: ${quote(method)}`, [issue], reply);
    }
    if (entry.kind === 'request' && !hasId)
      return refuse(
        null,
        ErrorCode.InvalidRequest,
        `Invalid request: ${method} is a request and needs an id`,
        [{ path: '/id', expected: 'a string or an integer' }],
        false,
      );
    if (entry.kind === 'notification' && hasId)
      return refuse(
        id,
        ErrorCode.InvalidRequest,
        `Invalid request: ${method} is a notification and takes no id`,
        [{ path: '/id', expected: 'no id' }],
        reply,
      );
    // The rest of the envelope (`emittedAtMs`, ...), as the release's message union says.
    const envelopeId = checks.envelopeId(direction, entry.kind);
    if (!checks.envelopes[direction][entry.kind](msg)) {
      const { issues, omitted } = checks.explain(envelopeId, msg, '', limits.maxIssues);
      if (issues.length > 0) return refuse(id, ErrorCode.InvalidRequest, 'Invalid request', issues, reply, omitted);
    }
    const checked = checkParams(checks, entry, msg.params, has(msg, 'params'), '/params', limits);
    if (!checked.ok) return refuse(id, checked.code, checked.message, checked.issues, reply, checked.omitted);
    return { ok: true, kind: entry.kind, message: msg } as ParseResult<Direction>;
  }
  if (has(msg, 'result') && has(msg, 'error'))
    envelope.push({ path: '/error', expected: 'no such key beside "result" (a response has exactly one of result and error)' });
  if (has(msg, 'result')) {
    if (!hasId) envelope.push({ path: '/id', expected: 'the id of the request being answered' });
    if (envelope.length > 0) return refuse(id, ErrorCode.InvalidRequest, 'Invalid response', envelope, false);
    return { ok: true, kind: 'response', message: msg as unknown as IncomingResponse };
  }
  if (has(msg, 'error')) {
    const err = msg.error as Record<string, unknown> | null;
    if (typeof err !== 'object' || err === null || Array.isArray(err))
      envelope.push({ path: '/error', expected: 'an object {code, message, data?}', found: describe(err) });
    else {
      if (!Number.isSafeInteger(err.code)) envelope.push({ path: '/error/code', expected: 'integer', found: describe(err.code) });
      if (typeof err.message !== 'string') envelope.push({ path: '/error/message', expected: 'string', found: describe(err.message) });
    }
    if (!hasId) envelope.push({ path: '/id', expected: 'the id of the request being answered (or null)' });
    if (envelope.length > 0) return refuse(id, ErrorCode.InvalidRequest, 'Invalid error response', envelope, false);
    return { ok: true, kind: 'error', message: msg as unknown as IncomingError };
  }
  return refuse(
    id,
    ErrorCode.InvalidRequest,
    'Invalid request: neither a request, a notification nor a response',
    [{ path: '/method', expected: 'a method name (or a result / error for a response)' }],
    false,
  );
}
