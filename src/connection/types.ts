/**
 * The shapes a connection deals in, on either side: how it closed, what tracing and handlers
 * get, what it runs over, its options.
 */
import type { ReleaseRuntime } from '../runtime/api.js';
import type { Issue } from '../runtime/errors.js';
import type { ProtocolTypes } from '../runtime/types.js';
import type { Id } from './pending.js';
import type { Reading } from './reading.js';
import type { Sink, Source } from './streams.js';

/** How a connection ended: closed by this side, ended by the peer (end of its output), or failed. */
export type CloseReason = 'closed' | 'ended' | 'error';

export interface CloseInfo {
  readonly reason: CloseReason;
  /** What failed (reason `error`), e.g. the process could not be started. */
  readonly error?: Error;
  /** Of a process the connection started: how it exited. */
  readonly exitCode?: number | null;
  readonly signal?: string | null;
}

/** One message crossing the connection, as the `trace` option sees it. */
export interface TraceEvent {
  readonly direction: 'in' | 'out';
  /** The message (for `in`, as parsed; undefined when the line was not JSON). */
  readonly message: unknown;
  /** For `in`: the line, when it was not JSON. */
  readonly text?: string;
}

/** A notification as handlers and the iterator get it. */
export interface NotificationEvent {
  /** False: a method this release does not know (tolerant reading); `params` are unchecked. */
  readonly known: boolean;
  readonly method: string;
  readonly params: unknown;
  /** Tolerant reading: the issues (new values, variants, fields) the params were kept with. */
  readonly tolerated?: readonly Issue[];
}

/** What a request handler gets beside the params. */
export interface RequestContext {
  readonly id: Id;
  readonly method: string;
  /** False: a method this release does not know (tolerant reading); the answer is sent unchecked. */
  readonly known: boolean;
  readonly tolerated?: readonly Issue[];
  /** Aborted when the connection closes before the answer is sent. */
  readonly signal: AbortSignal;
}

export type NotificationHandler = (params: unknown, event: NotificationEvent) => unknown;
export type RequestHandler = (params: unknown, context: RequestContext) => unknown;

/** How the connection ends its transport: wait for the peer to go (a process to exit). */
export interface Transport {
  readonly input: Source;
  readonly output: Sink;
  /** Called once the output has ended; resolves with how the peer went. */
  finish?(reason: CloseReason): Promise<Partial<CloseInfo>>;
  /** What the peer wrote to stderr lately, for error messages. */
  stderrTail?(): string;
  /** Gives the transport the function to call when it fails on its own (a process that cannot start). */
  watch?(fail: (error: unknown, what: string) => void): void;
}

export interface PeerOptions {
  /** `tolerant` (default) or `strict`: how messages from the peer are read (see reading.ts). */
  readonly reading?: Reading;
  /** Largest incoming message in UTF-8 bytes; a longer line is dropped and reported. Default 32 MiB. */
  readonly maxMessageBytes?: number;
  /** Time limit of a request this side sends, in ms (per call: `timeoutMs`). */
  readonly timeoutMs?: number;
  /** Notifications `notifications()` buffers before the connection stops reading. Default 1024. */
  readonly highWaterMark?: number;
  /** Error codes of automatic answers: JSON-RPC's (default) or codex's (-32600 for unknown methods and bad params). */
  readonly errorCodes?: 'jsonrpc' | 'codex';
  /** Sees every message in and out (for logs and transcripts). */
  readonly trace?: (event: TraceEvent) => void;
}

export interface PeerConfig extends PeerOptions {
  readonly side: 'client' | 'server';
  readonly runtime: ReleaseRuntime<ProtocolTypes>;
  readonly defaultTimeoutMs: number;
}
