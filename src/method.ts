/**
 * The method registry's shape. Every method of the protocol is declared once, as a row of the
 * table in `src/v1/methods.ts` or `src/v2/methods.ts`, keyed by its name; the message unions,
 * typed maps, validators, meta model, docs and the diff all derive from those tables.
 */
import type { Def } from './def.js';
import type { ReleaseRange } from './releases.js';
import type { Api, Direction, MethodKind } from './wire.js';

export type { Api, Direction, MethodKind };

export interface MethodSpec extends ReleaseRange {
  readonly method: string;
  /** The API generation it belongs to (v1: the legacy conversation API; v2: threads, turns, items). */
  readonly api: Api;
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
  /** Set when the method or part of it is marked unstable upstream. */
  readonly unstable?: string;
  /** Set on methods the server offers only to clients that opt in (`capabilities.experimentalApi`). */
  readonly experimental?: true;
  /** For `codex/event/<type>` notifications: the `EventMsg` type that `params.msg` must carry. */
  readonly eventType?: string;
  /**
   * Set on the notifications sent once per streamed chunk (agent text, reasoning and output
   * deltas): most messages of a session are these, so the generated routers test them first.
   */
  readonly streaming?: true;
}

/** What every row of a method table says. `since`/`removed`: the releases the method exists in. */
interface Row extends ReleaseRange {
  /** Params type, or null when the method takes none. */
  readonly params: Def | null;
  readonly doc: string;
  readonly deprecated?: string;
  readonly unstable?: string;
  readonly experimental?: true;
}

export interface RequestRow extends Row {
  readonly result: Def;
}

export interface NotificationRow extends Row {
  readonly streaming?: true;
}

/** One API generation's methods, by direction and kind, each keyed by its method name. */
export interface MethodTable {
  readonly clientRequests?: Readonly<Record<string, RequestRow>>;
  readonly serverRequests?: Readonly<Record<string, RequestRow>>;
  readonly serverNotifications?: Readonly<Record<string, NotificationRow>>;
  readonly clientNotifications?: Readonly<Record<string, NotificationRow>>;
}

const SECTIONS = [
  ['clientRequests', 'clientToServer', 'request'],
  ['serverRequests', 'serverToClient', 'request'],
  ['serverNotifications', 'serverToClient', 'notification'],
  ['clientNotifications', 'clientToServer', 'notification'],
] as const;

/** The registry entries of a method table, in table order. */
export function methodTable(api: Api, table: MethodTable): MethodSpec[] {
  const out: MethodSpec[] = [];
  for (const [section, direction, kind] of SECTIONS) {
    for (const [method, row] of Object.entries(table[section] ?? {})) {
      const r = row as RequestRow & NotificationRow;
      out.push({
        method,
        api,
        direction,
        kind,
        params: r.params,
        result: kind === 'request' ? r.result : null,
        description: r.doc,
        ...(r.since === undefined ? {} : { since: r.since }),
        ...(r.removed === undefined ? {} : { removed: r.removed }),
        ...(r.deprecated === undefined ? {} : { deprecated: r.deprecated }),
        ...(r.unstable === undefined ? {} : { unstable: r.unstable }),
        ...(r.experimental === undefined ? {} : { experimental: r.experimental }),
        ...(r.streaming === undefined ? {} : { streaming: r.streaming }),
      });
    }
  }
  return out;
}
