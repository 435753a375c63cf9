/**
 * Parsing and validating messages as they cross the wire. A generated router matches the method
 * and runs its generated fast check (for `codex/event/*`, the check of that event type); only a
 * message that fails goes through the method's precompiled Ajv validator, which says why.
 * Never throws, never mutates its input.
 */
import { check, methodList, methods as table, router, validator, type MethodEntry } from '../../generated/validators/index.js';
import type {
  ClientNotification,
  ClientNotificationParamsMap,
  ClientRequest,
  ClientRequestParamsMap,
  ClientRequestResultMap,
  RequestId,
  ServerNotification,
  ServerNotificationParamsMap,
  ServerRequest,
  ServerRequestParamsMap,
  ServerRequestResultMap,
} from '../../generated/typescript/index.js';
import { nameIndex } from '../dispatch.js';
import { DEFAULT_LIMITS, depthViolation, exceedsBytes, messageNestsAtMost, nestsAtMost, nestsWithin, type Limits } from './limits.js';
import { describe, ErrorCode, errorResponse, issuesFromAjv, type ErrorResponse, type Issue } from './errors.js';

/** Who sent the message being parsed. */
export type Direction = 'clientToServer' | 'serverToClient';

type ParamsMap = ClientRequestParamsMap & ServerRequestParamsMap & ServerNotificationParamsMap & ClientNotificationParamsMap;
type ResultMap = ClientRequestResultMap & ServerRequestResultMap;
/** Any method of the protocol. */
export type Method = keyof ParamsMap;
/** Any request method (client or server side). */
export type RequestMethod = keyof ResultMap;

/** A successful answer: `{id, result}`. Pair it with its request to type the result (see `PendingRequests`). */
export interface IncomingResponse {
  readonly id: RequestId;
  readonly result: unknown;
}
/** An error answer: `{id, error: {code, message, data?}}`. */
export interface IncomingError {
  readonly id: RequestId | null;
  readonly error: { readonly code: number; readonly message: string; readonly data?: unknown };
}

/** What a peer can receive from the other side, by direction. */
export type Incoming<D extends Direction> =
  | { readonly ok: true; readonly kind: 'request'; readonly message: D extends 'clientToServer' ? ClientRequest : ServerRequest }
  | { readonly ok: true; readonly kind: 'notification'; readonly message: D extends 'clientToServer' ? ClientNotification : ServerNotification }
  | { readonly ok: true; readonly kind: 'response'; readonly message: IncomingResponse }
  | { readonly ok: true; readonly kind: 'error'; readonly message: IncomingError };

/** A refused message: the JSON-RPC error to send back, and whether a reply is due (the message had an id). */
export interface Refused {
  readonly ok: false;
  readonly error: ErrorResponse;
  /** False for notifications and unreadable input: JSON-RPC sends no reply then. */
  readonly reply: boolean;
}

export type ParseResult<D extends Direction> = Incoming<D> | Refused;

export interface ParseOptions {
  readonly limits?: Partial<Limits>;
}

/** Result of checking one value against a method's params or result type. */
export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string; readonly issues: readonly Issue[] };

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const isRequestId = (v: unknown): v is RequestId => typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));

const lookup: (method: string) => MethodEntry | undefined = nameIndex(Object.entries(table));

/** Fast checks by validator id, looked up once each (`check` reads the generated table). */
const fastChecks = new Map<string, ((value: unknown) => boolean) | undefined>();

/**
 * Runs the fast check of `id`; only a value that fails it goes through the Ajv validator, whose
 * errors become the issues. (The two agree: the differential fuzz test holds them to it. Should
 * they ever differ, Ajv, the reference, decides.)
 */
function runValidator(id: string, value: unknown, prefix: string, code: ErrorCode, part: 'params' | 'result', method: string): Validation<unknown> {
  let fast = fastChecks.get(id);
  if (fast === undefined && !fastChecks.has(id)) fastChecks.set(id, (fast = check(id)));
  if (fast !== undefined && fast(value)) return { ok: true, value };
  const what = `${part} for ${method}`;
  const validate = validator(id);
  if (validate === undefined) return { ok: false, code, message: `${what}: no validator ${id}`, issues: [] };
  if (validate(value)) return { ok: true, value };
  const issues = issuesFromAjv(validate.errors ?? [], value, prefix);
  return { ok: false, code, message: `Invalid ${what}`, issues };
}

function checkParams(entry: MethodEntry, params: unknown, present: boolean, prefix: string): Validation<unknown> {
  if (entry.params === null) {
    if (!present || params === null) return { ok: true, value: undefined };
    return { ok: false, code: ErrorCode.InvalidParams, message: `Invalid params: ${entry.method} takes no params`, issues: [{ path: prefix, expected: 'no params (leave the key out)', found: describe(params) }] };
  }
  if (!present) return { ok: false, code: ErrorCode.InvalidParams, message: `Invalid params for ${entry.method}`, issues: [{ path: prefix, expected: 'a value (required)' }] };
  return runValidator(entry.params, params, prefix, ErrorCode.InvalidParams, 'params', entry.method);
}

/** Checks `value` as the params of `method`. Unknown methods get MethodNotFound. */
export function validateParams<M extends Method>(method: M, value: unknown): Validation<ParamsMap[M]>;
export function validateParams(method: string, value: unknown): Validation<unknown>;
export function validateParams(method: string, value: unknown): Validation<unknown> {
  try {
    const entry = lookup(method);
    if (entry === undefined) return notFound(method, '');
    const limit = guardDepth(value, DEFAULT_LIMITS.maxDepth, '');
    if (limit !== undefined) return limit;
    return checkParams(entry, value, value !== undefined, '');
  } catch (e) {
    return internal(e);
  }
}

/** Checks `value` as the result of the request `method`. */
export function validateResult<M extends RequestMethod>(method: M, value: unknown): Validation<ResultMap[M]>;
export function validateResult(method: string, value: unknown): Validation<unknown>;
export function validateResult(method: string, value: unknown): Validation<unknown> {
  try {
    const entry = lookup(method);
    if (entry === undefined || entry.result === null) return notFound(method, '');
    const limit = guardDepth(value, DEFAULT_LIMITS.maxDepth, '');
    if (limit !== undefined) return limit;
    return runValidator(entry.result, value, '', ErrorCode.InvalidResult, 'result', method);
  } catch (e) {
    return internal(e);
  }
}

function notFound(method: string, path: string): Validation<never> {
  return { ok: false, code: ErrorCode.MethodNotFound, message: `Method not found: ${JSON.stringify(method)}`, issues: [{ path, expected: 'a method of the protocol', found: describe(method) }] };
}

function guardDepth(value: unknown, maxDepth: number, prefix: string): Validation<never> | undefined {
  if (nestsWithin(value, maxDepth)) return undefined;
  const at = depthViolation(value, maxDepth);
  if (at === undefined) return undefined;
  return { ok: false, code: ErrorCode.InvalidRequest, message: `Invalid request: nested deeper than ${maxDepth} levels`, issues: [{ path: prefix + at, expected: `at most ${maxDepth} levels of nesting` }] };
}

function internal(e: unknown): Validation<never> {
  return { ok: false, code: ErrorCode.InvalidRequest, message: `Invalid request: ${e instanceof Error ? e.message : String(e)}`, issues: [] };
}

function refuse(id: RequestId | null, code: ErrorCode, message: string, issues: readonly Issue[]): Refused {
  return { ok: false, error: errorResponse(id, code, message, issues), reply: id !== null };
}

/**
 * Parses and validates one incoming message: a raw line (string) or an already-parsed value.
 * `direction` says who sent it. Requests and notifications come back narrowed by method;
 * anything else comes back as a ready-to-send JSON-RPC error.
 */
export function parse<D extends Direction>(input: unknown, direction: D, options?: ParseOptions): ParseResult<D> {
  // The common case first: a line of text, default limits, short enough that its UTF-8 size
  // cannot pass maxBytes (3 bytes per UTF-16 unit at most).
  if (typeof input === 'string' && options === undefined && input.length * 3 <= DEFAULT_LIMITS.maxBytes) {
    return parseText(input, direction, DEFAULT_LIMITS) as ParseResult<D>;
  }
  let limits: Limits;
  try {
    limits = options?.limits === undefined ? DEFAULT_LIMITS : { ...DEFAULT_LIMITS, ...options.limits };
  } catch (e) {
    return refuse(null, ErrorCode.InvalidRequest, `Invalid request: unreadable options (${e instanceof Error ? e.message : String(e)})`, []) as ParseResult<D>;
  }
  if (typeof input !== 'string') return diagnose(input, direction, limits, false) as ParseResult<D>;
  if (exceedsBytes(input, limits.maxBytes)) {
    return refuse(null, ErrorCode.InvalidRequest, `Invalid request: message larger than ${limits.maxBytes} bytes`, [{ path: '', expected: `at most ${limits.maxBytes} bytes` }]) as ParseResult<D>;
  }
  return parseText(input, direction, limits) as ParseResult<D>;
}

/** A line of text within the byte limit: JSON.parse, then the fast path when the text provably nests within the limit, else the full diagnosis. */
function parseText(input: string, direction: Direction, limits: Limits): ParseResult<Direction> {
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch (e) {
    return unreadable(e);
  }
  // V8's JSON.parse does not recurse, so deep text is safe to parse first. A message the fast
  // path accepts has had its depth bounded from the text; anything else is diagnosed, skipping
  // the depth walk when the text alone proves it shallow.
  return accept(value, direction, input, limits.maxDepth) ?? diagnose(value, direction, limits, nestsAtMost(input, limits.maxDepth));
}

function unreadable(e: unknown): Refused {
  return refuse(null, ErrorCode.ParseError, `Parse error: ${e instanceof Error ? e.message : 'invalid JSON'}`, [{ path: '', expected: 'one JSON value' }]);
}

/** The full diagnosis (`classify`), which never throws: whatever a caller-built value does (getters, proxies) becomes an error. */
function diagnose(value: unknown, direction: Direction, limits: Limits, shallow: boolean): ParseResult<Direction> {
  try {
    return classify(value, direction, limits, shallow);
  } catch (e) {
    return refuse(null, ErrorCode.InvalidRequest, `Invalid request: ${e instanceof Error ? e.message : String(e)}`, []);
  }
}

type Router = (method: string, params: unknown) => number;
let clientRouter: Router | undefined;
let serverRouter: Router | undefined;
/** By position in `methodList`: whether the method is a request. */
const isRequest: readonly boolean[] = methodList.map((e) => e.kind === 'request');

/**
 * The fast path, for a value parsed from `text`: when the text provably nests within
 * `maxDepth`, a well-formed request or notification whose params pass the method's fast check,
 * or a success response, comes back accepted; anything else is undefined, and goes to
 * `classify`, which says what is wrong. The generated router matches the method and checks the
 * params in one call. (Only JSON values come here: nothing in it can throw.)
 */
function accept(value: unknown, direction: Direction, text: string, maxDepth: number): Incoming<Direction> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const msg = value as Record<string, unknown>;
  if (msg.jsonrpc !== undefined && msg.jsonrpc !== '2.0') return undefined;
  const method = msg.method;
  if (typeof method !== 'string') {
    // A success response: its result is typed once paired with its request (see `PendingRequests`).
    if (method !== undefined || msg.result === undefined || !isRequestId(msg.id) || !nestsAtMost(text, maxDepth)) return undefined;
    return { ok: true, kind: 'response', message: msg as unknown as IncomingResponse } as Incoming<Direction>;
  }
  // The depth bound comes first: a recursive check (JSON values) must not meet deeper nesting.
  if (!messageNestsAtMost(text, method.length, maxDepth)) return undefined;
  const at = direction === 'clientToServer' ? (clientRouter ??= router('clientToServer'))(method, msg.params) : (serverRouter ??= router('serverToClient'))(method, msg.params);
  if (at < 0 || !(isRequest[at] ? isRequestId(msg.id) : msg.id === undefined)) return undefined;
  return { ok: true, kind: isRequest[at] ? 'request' : 'notification', message: msg } as Incoming<Direction>;
}

function classify(value: unknown, direction: Direction, limits: Limits, shallow: boolean): ParseResult<Direction> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const expected = Array.isArray(value) ? 'a single message (batches are not used by this protocol)' : 'a JSON-RPC message object';
    return refuse(null, ErrorCode.InvalidRequest, 'Invalid request: not a message object', [{ path: '', expected, found: describe(value) }]);
  }
  const msg = value as Record<string, unknown>;
  const hasId = has(msg, 'id');
  const id = hasId && isRequestId(msg.id) ? msg.id : null;
  const tooDeep = shallow ? undefined : guardDepth(msg, limits.maxDepth, '');
  if (tooDeep !== undefined && !tooDeep.ok) return refuse(id, tooDeep.code, tooDeep.message, tooDeep.issues);
  const envelope: Issue[] = [];
  if (has(msg, 'jsonrpc') && msg.jsonrpc !== '2.0') envelope.push({ path: '/jsonrpc', expected: '"2.0" (or no jsonrpc key)', found: describe(msg.jsonrpc) });
  if (hasId && !isRequestId(msg.id) && !(msg.id === null && has(msg, 'error'))) envelope.push({ path: '/id', expected: 'a string or an integer', found: describe(msg.id) });

  if (has(msg, 'method')) {
    if (typeof msg.method !== 'string') envelope.push({ path: '/method', expected: 'string', found: describe(msg.method) });
    if (envelope.length > 0) return refuse(id, ErrorCode.InvalidRequest, 'Invalid request', envelope);
    const method = msg.method as string;
    const entry = lookup(method);
    if (entry === undefined || entry.direction !== direction) {
      const issue: Issue = { path: '/method', expected: `a ${direction === 'clientToServer' ? 'client' : 'server'} method of the protocol`, found: describe(method) };
      return refuse(id, ErrorCode.MethodNotFound, `Method not found: ${JSON.stringify(method)}`, [issue]);
    }
    if (entry.kind === 'request' && !hasId) return refuse(null, ErrorCode.InvalidRequest, `Invalid request: ${method} is a request and needs an id`, [{ path: '/id', expected: 'a string or an integer' }]);
    if (entry.kind === 'notification' && hasId) return refuse(id, ErrorCode.InvalidRequest, `Invalid request: ${method} is a notification and takes no id`, [{ path: '/id', expected: 'no id' }]);
    const checked = checkParams(entry, msg.params, has(msg, 'params'), '/params');
    if (!checked.ok) return refuse(id, checked.code, checked.message, checked.issues);
    return { ok: true, kind: entry.kind, message: msg } as ParseResult<Direction>;
  }
  if (has(msg, 'result')) {
    if (!hasId) envelope.push({ path: '/id', expected: 'the id of the request being answered' });
    if (envelope.length > 0) return refuse(id, ErrorCode.InvalidRequest, 'Invalid response', envelope);
    return { ok: true, kind: 'response', message: msg as unknown as IncomingResponse };
  }
  if (has(msg, 'error')) {
    const err = msg.error as Record<string, unknown> | null;
    if (typeof err !== 'object' || err === null || Array.isArray(err)) envelope.push({ path: '/error', expected: 'an object {code, message, data?}', found: describe(err) });
    else {
      if (typeof err.code !== 'number' || !Number.isInteger(err.code)) envelope.push({ path: '/error/code', expected: 'integer', found: describe(err.code) });
      if (typeof err.message !== 'string') envelope.push({ path: '/error/message', expected: 'string', found: describe(err.message) });
    }
    if (!hasId) envelope.push({ path: '/id', expected: 'the id of the request being answered (or null)' });
    if (envelope.length > 0) return refuse(id, ErrorCode.InvalidRequest, 'Invalid error response', envelope);
    return { ok: true, kind: 'error', message: msg as unknown as IncomingError };
  }
  return refuse(id, ErrorCode.InvalidRequest, 'Invalid request: neither a request, a notification nor a response', [
    { path: '/method', expected: 'a method name (or a result / error for a response)' },
  ]);
}
