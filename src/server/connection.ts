/**
 * The server side, for packages that implement the app-server protocol: answers the client's
 * requests through handlers (params checked before a handler runs, its answer checked before it
 * is sent), sends notifications and requests (approvals) to the client, typed by one release.
 * Unknown methods and bad params are answered automatically: with JSON-RPC's codes (-32601,
 * -32602) by default, or with -32600 for both, as the codex server does (`errorCodes: 'codex'`,
 * see docs/compat.md).
 */
import { NEWEST, type Newest, type Release } from '../releases.js';
import { runtimeFor } from '../runtime/index.js';
import type { ReleaseRuntime } from '../runtime/api.js';
import type { ProtocolTypes, Types } from '../runtime/types.js';
import { Peer, type PeerOptions, type Transport } from '../connection/peer.js';
import type { Sink, Source } from '../connection/streams.js';
import { TypedConnection } from '../connection/typed.js';

/** The method maps of a server of release `R`. */
export interface ServerMaps<R extends Release> {
  readonly SendParams: Types<R>['ServerRequestParamsMap'];
  readonly SendResults: Types<R>['ServerRequestResultMap'];
  readonly SendNotifications: Types<R>['ServerNotificationParamsMap'];
  readonly AnswerParams: Types<R>['ClientRequestParamsMap'];
  readonly AnswerResults: Types<R>['ClientRequestResultMap'];
  readonly Notifications: Types<R>['ClientNotificationParamsMap'];
}

export interface ServerOptions<R extends Release = Newest> extends PeerOptions {
  /** The release whose schema types and checks the connection (default: the newest). */
  readonly release?: R;
}

export class ServerConnection<R extends Release = Newest> extends TypedConnection<ServerMaps<R>> {
  readonly release: R;

  /** Use `serve()` or `serveStdio()`. */
  constructor(transport: Transport, options?: ServerOptions<R>) {
    const release = (options?.release ?? NEWEST) as R;
    // A request to the client (an approval) waits for a person: no time limit unless one is set.
    super(
      new Peer(transport, {
        ...options,
        side: 'server',
        runtime: runtimeFor(release) as unknown as ReleaseRuntime<ProtocolTypes>,
        defaultTimeoutMs: Infinity,
      }),
    );
    this.release = release;
  }
}

/** A server connection over a pair of byte streams: `input` from the client, `output` to it. */
export function serve<R extends Release = Newest>(input: Source, output: Sink, options?: ServerOptions<R>): ServerConnection<R> {
  return new ServerConnection<R>({ input, output }, options);
}

/** A server connection over this process's stdin and stdout (Node). */
export function serveStdio<R extends Release = Newest>(options?: ServerOptions<R>): ServerConnection<R> {
  const proc = (globalThis as { process?: { stdin?: Source; stdout?: Sink } }).process;
  if (proc?.stdin === undefined || proc.stdout === undefined)
    throw new Error('serveStdio needs a process with stdin and stdout (Node); elsewhere use serve() over your own streams');
  return serve<R>(proc.stdin, proc.stdout, options);
}
