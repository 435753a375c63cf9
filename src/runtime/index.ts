/**
 * Runtime API for client and server packages: parse and validate messages with generated fast
 * checks (and precompiled Ajv validators to explain a refusal), build typed messages, pair
 * responses with their requests. Importing this module compiles nothing: the fast checks load
 * with the first message, a method's Ajv validator the first time one of its messages fails.
 */
export { parse, validateParams, validateResult } from './parse.js';
export type { Direction, Incoming, IncomingError, IncomingResponse, Method, ParseOptions, ParseResult, Refused, RequestMethod, Validation } from './parse.js';
export { ErrorCode } from './errors.js';
export type { ErrorResponse, Issue } from './errors.js';
export { DEFAULT_LIMITS } from './limits.js';
export type { Limits } from './limits.js';
export { answer, clientNotification, clientRequest, errorFor, PendingRequests, respond, serverNotification, serverRequest } from './builders.js';
export type { ClientSide, ServerSide, Settled } from './builders.js';
