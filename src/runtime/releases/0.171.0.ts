/**
 * `codex-app-server-protocol/releases/0.171.0/runtime`: the runtime of release 0.171.0 alone
 * (the newest), typed by its wire types: for a client that pins the release it speaks.
 * It loads only this release's checks.
 */
import * as tables from '../../../generated/validators/index.js';
import { createRuntime } from '../api.js';
import { builders, PendingRequestsOf, type ClientSideOf, type ServerSideOf, type Side } from '../builders.js';
import type { Types } from '../types.js';

type T = Types<'0.171.0'>;

const runtime = createRuntime<T>('0.171.0', tables);

export const { parse, validateParams, validateResult } = runtime;
export const { clientRequest, serverRequest, serverNotification, clientNotification, respond, answer } = builders<T>();

export type ClientSide = ClientSideOf<T>;
export type ServerSide = ServerSideOf<T>;

export class PendingRequests<S extends Side = ClientSide> extends PendingRequestsOf<S> {
  constructor() {
    super(runtime);
  }
}

export { errorFor } from '../builders.js';
export type { Settled } from '../builders.js';
export type { Direction, Incoming, IncomingError, IncomingResponse, LimitOptions, ParseResult, Refused, Validation } from '../engine.js';
export { ErrorCode } from '../errors.js';
export type { ErrorResponse, Issue, IssueKind } from '../errors.js';
export { DEFAULT_LIMITS, resolveLimits } from '../limits.js';
export type { Limits } from '../limits.js';
