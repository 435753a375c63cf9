/** What `/client` and `/server` both export: errors, policy, events and stream types. */
export {
  ConnectionClosedError,
  ConnectionError,
  InvalidMessageError,
  InvalidResultError,
  RequestTimeoutError,
  RpcError,
  type ConnectionErrorKind,
} from './errors.js';
export {
  DEFAULT_MAX_MESSAGE_BYTES,
  type CloseInfo,
  type CloseReason,
  type NotificationEvent,
  type PeerOptions,
  type RequestContext,
  type TraceEvent,
  type Transport,
} from './peer.js';
export type { Id, RequestOptions } from './pending.js';
export { TOLERATED_KINDS, tolerated, type Reading } from './reading.js';
export type { Chunk, NodeWritable, Sink, Source, WebReadable, WebWritable } from './streams.js';
export {
  TypedConnection,
  type AnyNotification,
  type AnyRequest,
  type Answer,
  type KnownNotification,
  type KnownRequest,
  type NotifyArgs,
  type RequestArgs,
  type SideMaps,
  type UnknownNotification,
  type UnknownRequest,
} from './typed.js';
export { ErrorCode, type Issue, type IssueKind } from '../runtime/errors.js';
export { NEWEST, RELEASES, type Newest, type Release } from '../releases.js';
