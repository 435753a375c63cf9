/**
 * The client side: a connection to a `codex app-server` over any pair of byte streams, typed by
 * one release (the newest by default). It sends the client's requests and notifications and
 * answers the server's requests (approvals).
 */
import { NEWEST, type Newest, type Release } from '../releases.js';
import { runtimeFor } from '../runtime/index.js';
import type { ReleaseRuntime } from '../runtime/api.js';
import type { ProtocolTypes, Types } from '../runtime/types.js';
import { Peer, type PeerOptions, type Transport } from '../connection/peer.js';
import type { RequestOptions } from '../connection/pending.js';
import type { Sink, Source } from '../connection/streams.js';
import { TypedConnection } from '../connection/typed.js';

/** The method maps of a client of release `R`. */
export interface ClientMaps<R extends Release> {
  readonly SendParams: Types<R>['ClientRequestParamsMap'];
  readonly SendResults: Types<R>['ClientRequestResultMap'];
  readonly SendNotifications: Types<R>['ClientNotificationParamsMap'];
  readonly AnswerParams: Types<R>['ServerRequestParamsMap'];
  readonly AnswerResults: Types<R>['ServerRequestResultMap'];
  readonly Notifications: Types<R>['ServerNotificationParamsMap'];
}

export interface ClientOptions<R extends Release = Newest> extends PeerOptions {
  /** The release whose schema types and checks the connection (default: the newest). */
  readonly release?: R;
}

/** Default time limit of a client request: 60 s. */
export const DEFAULT_TIMEOUT_MS = 60_000;

type InitializeParams<R extends Release> = Types<R>['ClientRequestParamsMap']['initialize'];
type InitializeResult<R extends Release> = Types<R>['ClientRequestResultMap']['initialize'];

export class ClientConnection<R extends Release = Newest> extends TypedConnection<ClientMaps<R>> {
  /** The release the connection is typed and checked by. */
  readonly release: R;

  /** Use `connect()` or `spawnAppServer()`. */
  constructor(transport: Transport, options?: ClientOptions<R>) {
    const release = (options?.release ?? NEWEST) as R;
    super(
      new Peer(transport, {
        ...options,
        side: 'client',
        runtime: runtimeFor(release) as unknown as ReleaseRuntime<ProtocolTypes>,
        defaultTimeoutMs: DEFAULT_TIMEOUT_MS,
      }),
    );
    this.release = release;
  }

  /** The handshake: `initialize`, then the `initialized` notification. Resolves with the server's answer. */
  async initialize(params: InitializeParams<R>, options?: RequestOptions): Promise<InitializeResult<R>> {
    const result = (await this.peer.request('initialize', params, options)) as InitializeResult<R>;
    await this.peer.notify('initialized', undefined);
    return result;
  }
}

/** A client connection over a pair of byte streams: `input` from the server, `output` to it. */
export function connect<R extends Release = Newest>(input: Source, output: Sink, options?: ClientOptions<R>): ClientConnection<R> {
  return new ClientConnection<R>({ input, output }, options);
}
