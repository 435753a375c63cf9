/**
 * The method registry's shape. Every method of the protocol is declared once, as a row of the
 * table in `src/v1/methods.ts` or `src/v2/methods.ts`, keyed by its name; the message unions,
 * typed maps, validators, meta model, docs and the diff all derive from those tables.
 */
import { isDef, type Def } from './def.js';
import { OLDEST, RELEASES, releaseIndex, type Release, type ReleaseRange } from './releases.js';
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
  /** Set when the params may be left out (or sent as null): the server then uses its defaults. */
  readonly paramsOptional?: true;
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

/** A row's type, or its types by the release each starts in (when it changed between releases). */
export type ByRelease<T> = T | { readonly [R in Release]?: T };

/** What every row of a method table says. `since`/`removed`: the releases the method exists in. */
interface Row extends ReleaseRange {
  /** Params type, or null when the method takes none. */
  readonly params: ByRelease<Def | null>;
  /** The params may be left out (or sent as null), in every release where the method takes some. */
  readonly paramsOptional?: true;
  readonly doc: string;
  readonly deprecated?: string;
  readonly unstable?: string;
  readonly experimental?: true;
}

export interface RequestRow extends Row {
  readonly result: ByRelease<Def>;
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

const byRelease = <T>(value: ByRelease<T>): value is { readonly [R in Release]?: T } =>
  value !== null && typeof value === 'object' && !isDef(value);

/** The release ranges of a row whose params or result changed: one range per distinct pair. */
function spans(r: RequestRow & NotificationRow): { range: ReleaseRange; params: Def | null; result: Def | null }[] {
  const first = releaseIndex(r.since ?? OLDEST);
  const end = r.removed === undefined ? RELEASES.length : releaseIndex(r.removed);
  const pick = <T>(value: ByRelease<T> | undefined, at: number): T | null => {
    if (value === undefined) return null;
    if (!byRelease(value)) return value;
    const known = RELEASES.slice(0, at + 1)
      .reverse()
      .find((x) => x in value);
    if (known === undefined) throw new Error(`no type for release ${RELEASES[at]}`);
    return value[known] as T;
  };
  const out: { range: ReleaseRange; params: Def | null; result: Def | null }[] = [];
  for (let at = first; at < end; at++) {
    const params = pick(r.params, at);
    const result = pick(r.result, at);
    const last = out.at(-1);
    if (last !== undefined && last.params === params && last.result === result) continue;
    if (last !== undefined) (last.range as { removed?: Release }).removed = RELEASES[at]!;
    out.push({ range: { since: RELEASES[at]! }, params, result });
  }
  if (r.removed !== undefined && out.length > 0) (out.at(-1)!.range as { removed?: Release }).removed = r.removed;
  return out;
}

/** The registry entries of a method table, in table order (a row whose types changed gives one entry per range). */
export function methodTable(api: Api, table: MethodTable): MethodSpec[] {
  const out: MethodSpec[] = [];
  for (const [section, direction, kind] of SECTIONS) {
    for (const [method, row] of Object.entries(table[section] ?? {})) {
      const r = row as RequestRow & NotificationRow;
      const plain = !byRelease(r.params) && !byRelease(r.result ?? null);
      for (const span of plain
        ? [{ range: r as ReleaseRange, params: r.params as Def | null, result: (r.result as Def | undefined) ?? null }]
        : spans(r))
        out.push({
          method,
          api,
          direction,
          kind,
          params: span.params,
          ...(r.paramsOptional === true && span.params !== null ? { paramsOptional: true as const } : {}),
          result: kind === 'request' ? span.result : null,
          description: r.doc,
          ...(span.range.since === undefined ? {} : { since: span.range.since }),
          ...(span.range.removed === undefined ? {} : { removed: span.range.removed }),
          ...(r.deprecated === undefined ? {} : { deprecated: r.deprecated }),
          ...(r.unstable === undefined ? {} : { unstable: r.unstable }),
          ...(r.experimental === undefined ? {} : { experimental: r.experimental }),
          ...(r.streaming === undefined ? {} : { streaming: r.streaming }),
        });
    }
  }
  return out;
}
