/**
 * Runtime API for client and server packages: parse and validate messages with generated fast
 * checks (and an explainer that says why a message fails), build typed messages, pair responses
 * with their requests. No Node built-ins, no dependencies: it runs in any bundler and browser.
 */
export { parse, validateParams, validateResult } from './parse.js';
export type { Direction, Incoming, IncomingError, IncomingResponse, Method, ParseOptions, ParseResult, Refused, RequestMethod, Validation } from './parse.js';
export { ErrorCode } from './errors.js';
export type { ErrorResponse, Issue } from './errors.js';
export { DEFAULT_LIMITS, resolveLimits } from './limits.js';
export type { Limits } from './limits.js';
export { answer, clientNotification, clientRequest, errorFor, PendingRequests, respond, serverNotification, serverRequest } from './builders.js';
export type { ClientSide, ServerSide, Settled } from './builders.js';
