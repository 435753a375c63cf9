/**
 * The shape of one entry in the method registry. Every method of the protocol is declared once,
 * in `src/v1/methods.ts` or `src/v2/methods.ts`; the message unions, typed maps, validators and
 * the meta model are all derived from those lists (see `src/registry.ts`).
 */
import type { Def } from './def.js';
import type { Api, Direction, MethodKind } from './wire.js';

export type { Api, Direction, MethodKind };
/** @deprecated the same as `Api`. */
export type ApiVersion = Api;

export interface MethodSpec {
  readonly method: string;
  readonly version: ApiVersion;
  readonly direction: Direction;
  readonly kind: MethodKind;
  /** Params type; `null` when the method takes no params (`params` is then absent on the wire). */
  readonly params: Def | null;
  /** Result type of a request; always `null` for notifications. */
  readonly result: Def | null;
  /** What the method does, in a sentence or two. */
  readonly description: string;
  /** Set when the method is deprecated: what to use instead. */
  readonly deprecated?: string;
  /** Set when the method or part of it is marked unstable/experimental upstream. */
  readonly unstable?: string;
  /** For `codex/event/<type>` notifications: the `EventMsg` type that `params.msg` must carry. */
  readonly eventType?: string;
  /**
   * Set on the notifications sent once per streamed chunk (agent text, reasoning and output
   * deltas): most messages of a session are these, so the generated routers test them first.
   */
  readonly streaming?: true;
}

export interface MethodOptions {
  readonly deprecated?: string;
  readonly unstable?: string;
  readonly streaming?: true;
}

/** A request sent by the client; the server answers with `result`. */
export function clientRequest(version: ApiVersion, method: string, params: Def | null, result: Def, description: string, options: MethodOptions = {}): MethodSpec {
  return { method, version, direction: 'clientToServer', kind: 'request', params, result, description, ...options };
}

/** A request sent by the server (approvals); the client answers with `result`. */
export function serverRequest(version: ApiVersion, method: string, params: Def, result: Def, description: string, options: MethodOptions = {}): MethodSpec {
  return { method, version, direction: 'serverToClient', kind: 'request', params, result, description, ...options };
}

/** A notification sent by the server. */
export function serverNotification(version: ApiVersion, method: string, params: Def | null, description: string, options: MethodOptions = {}): MethodSpec {
  return { method, version, direction: 'serverToClient', kind: 'notification', params, result: null, description, ...options };
}

/** A notification sent by the client. */
export function clientNotification(version: ApiVersion, method: string, params: Def | null, description: string, options: MethodOptions = {}): MethodSpec {
  return { method, version, direction: 'clientToServer', kind: 'notification', params, result: null, description, ...options };
}
