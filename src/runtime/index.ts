/**
 * Runtime API for client and server packages: parse and validate messages with generated fast
 * checks (and an explainer that says why a message fails), build typed messages, pair responses
 * with their requests. For the newest release by default; another with `{ release }`, or
 * alone from `codex-app-server-protocol/releases/<version>/runtime`. No Node built-ins, no
 * dependencies: it runs in any bundler and browser.
 */
import * as tables_0_64_0 from '../../generated/releases/0.64.0/validators/index.js';
import * as tables_newest from '../../generated/validators/index.js';
import { isRelease, NEWEST, RELEASES, type Newest, type Release } from '../releases.js';
import type { Direction } from '../wire.js';
import { createRuntime, type ParamsMap, type ReleaseRuntime, type ResultMap } from './api.js';
import { builders, PendingRequestsOf, type ClientSideOf, type ServerSideOf, type Side } from './builders.js';
import type { LimitOptions, ParseResult, Validation } from './engine.js';
import { ErrorCode, errorResponse, quote } from './errors.js';
import type { ProtocolTypes, Types } from './types.js';

const runtimes: { readonly [R in Release]: ReleaseRuntime<Types<R>> } = {
  '0.64.0': createRuntime('0.64.0', tables_0_64_0),
  '0.171.0': createRuntime('0.171.0', tables_newest),
};

/** Options of a call: the limits, and the release whose schema applies (default: the newest). */
export interface ParseOptions<R extends Release = Newest> extends LimitOptions {
  readonly release?: R;
}

/** The runtime of a release (typed by it). Throws for a release this package does not carry. */
export function runtimeFor<R extends Release>(release: R): ReleaseRuntime<Types<R>> {
  if (!isRelease(release)) throw new Error(`unknown release ${JSON.stringify(release)} (known: ${RELEASES.join(', ')})`);
  return runtimes[release] as ReleaseRuntime<Types<R>>;
}

function releaseProblem(options: { release?: unknown } | undefined): string | undefined {
  const release = options?.release;
  return release === undefined || isRelease(release)
    ? undefined
    : `Invalid options: release must be one of ${RELEASES.join(', ')}, not ${typeof release === 'string' ? quote(release) : typeof release}`;
}

/**
 * Parses and validates one incoming message: a line of text (string) or an already-parsed JSON
 * value. `direction` says who sent it. Requests and notifications come back narrowed by method;
 * anything else comes back as a ready-to-send JSON-RPC error. Never throws, never mutates input.
 */
export function parse<D extends Direction, R extends Release = Newest>(
  input: unknown,
  direction: D,
  options?: ParseOptions<R>,
): ParseResult<D, Types<R>> {
  if (options === undefined) return runtimes[NEWEST].parse(input, direction) as ParseResult<D, Types<R>>;
  let problem: string | undefined;
  let release: Release = NEWEST;
  try {
    problem = releaseProblem(options);
    release = (options.release as Release | undefined) ?? NEWEST;
  } catch (e) {
    problem = `Invalid options: unreadable (${e instanceof Error ? quote(e.message) : typeof e})`;
  }
  if (problem !== undefined) return { ok: false, error: errorResponse(null, ErrorCode.InternalError, problem, []), reply: false };
  return runtimes[release].parse(input, direction, options) as ParseResult<D, Types<R>>;
}

/** Checks `value` as the params of `method` (of the newest release, or `options.release`). */
export function validateParams<M extends Extract<keyof ParamsMap<Types<Newest>>, string>>(
  method: M,
  value: unknown,
  options?: ParseOptions,
): Validation<ParamsMap<Types<Newest>>[M]>;
export function validateParams(method: string, value: unknown, options?: ParseOptions<Release>): Validation<unknown>;
export function validateParams(method: string, value: unknown, options?: ParseOptions<Release>): Validation<unknown> {
  const problem = releaseProblem(options);
  if (problem !== undefined) return { ok: false, code: ErrorCode.InternalError, message: problem, issues: [] };
  return runtimes[options?.release ?? NEWEST].validateParams(method, value, options);
}

/** Checks `value` as the result of the request `method` (of the newest release, or `options.release`). */
export function validateResult<M extends Extract<keyof ResultMap<Types<Newest>>, string>>(
  method: M,
  value: unknown,
  options?: ParseOptions,
): Validation<ResultMap<Types<Newest>>[M]>;
export function validateResult(method: string, value: unknown, options?: ParseOptions<Release>): Validation<unknown>;
export function validateResult(method: string, value: unknown, options?: ParseOptions<Release>): Validation<unknown> {
  const problem = releaseProblem(options);
  if (problem !== undefined) return { ok: false, code: ErrorCode.InternalError, message: problem, issues: [] };
  return runtimes[options?.release ?? NEWEST].validateResult(method, value, options);
}

export const { clientRequest, serverRequest, serverNotification, clientNotification, respond, answer } = builders<Types<Newest>>();

/** A client's side (the newest release's requests and results), for `PendingRequests<ClientSide>`. */
export type ClientSide<R extends Release = Newest> = ClientSideOf<Types<R>>;
/** A server's side (the requests it sends: approvals), for `PendingRequests<ServerSide>`. */
export type ServerSide<R extends Release = Newest> = ServerSideOf<Types<R>>;

/** `PendingRequests` of the newest release; `new PendingRequests<ClientSide<'0.64.0'>>('0.64.0')` for another. */
export class PendingRequests<S extends Side = ClientSide> extends PendingRequestsOf<S> {
  constructor(release: Release = NEWEST) {
    super(runtimeFor(release));
  }
}

export type { ParamsMap, ProtocolTypes, ReleaseRuntime, ResultMap, Types };
export { errorFor } from './builders.js';
export type { Builders, Settled, Side } from './builders.js';
export type { Direction, Incoming, IncomingError, IncomingResponse, LimitOptions, ParseResult, Refused, Validation } from './engine.js';
export { ErrorCode } from './errors.js';
export type { ErrorResponse, Issue, IssueKind } from './errors.js';
export { DEFAULT_LIMITS, resolveLimits } from './limits.js';
export type { Limits } from './limits.js';
export { NEWEST, RELEASES, type Newest, type Release } from '../releases.js';
