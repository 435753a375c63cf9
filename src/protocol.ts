/**
 * The protocol of one release, derived from the definitions: its methods, its message unions,
 * and the named types they reach, each in the shape that release has. A named type exists in a
 * release when one of the release's methods (or the envelope) reaches it; its shape there is its
 * version for that release, without the fields and union branches of other releases.
 */
import { isDef, type Def } from './def.js';
import { definitionModules } from './definitions.js';
import {
  JSONRPCError,
  JSONRPCErrorError,
  JSONRPCMessage,
  JSONRPCNotification,
  JSONRPCRequest,
  JSONRPCResponse,
  RequestId,
} from './jsonrpc.js';
import { messageUnions } from './messages.js';
import type { MethodSpec } from './method.js';
import { projectDef } from './project.js';
import { methods, methodsFor } from './registry.js';
import { CARRIES } from './schema.js';
import { inRange, type Release } from './releases.js';
import { EventMsg } from './v1/events/index.js';

export interface ReleaseProtocol {
  readonly release: Release;
  /** The named types of the release, projected (one shape each). */
  readonly defs: readonly Def[];
  readonly methods: readonly MethodSpec[];
  /** Definitions that get a standalone JSON file at the top of the JSON folder. */
  readonly topLevel: readonly Def[];
}

/**
 * What a release's protocol is derived from: the method registry and the modules that declare
 * named types. The defaults are the definitions under src/; a test passes a scratch copy (one
 * method more, say) to see which outputs a change touches.
 */
export interface ProtocolSources {
  readonly methods: readonly MethodSpec[];
  readonly modules: readonly Record<string, unknown>[];
}

export const DECLARED: ProtocolSources = { methods, modules: definitionModules };

/** Every named type declared under src/ (all releases, unprojected), by key; a key may have one definition only. */
export function declaredDefs(modules: readonly Record<string, unknown>[] = definitionModules): Map<string, Def> {
  const byKey = new Map<string, Def>();
  for (const mod of modules) {
    for (const value of Object.values(mod)) {
      if (!isDef(value)) continue;
      const seen = byKey.get(value.key);
      if (seen !== undefined && seen !== value) throw new Error(`two definitions are named ${value.key}`);
      byKey.set(value.key, value);
    }
  }
  return byKey;
}

const ENVELOPE = [RequestId, JSONRPCMessage, JSONRPCRequest, JSONRPCNotification, JSONRPCResponse, JSONRPCError, JSONRPCErrorError];

/** Every named type a schema refers to (`$ref`) or carries the fields of (see CARRIES). */
function refsOf(schema: unknown, into: Set<string>): void {
  if (Array.isArray(schema)) schema.forEach((s) => refsOf(s, into));
  else if (typeof schema === 'object' && schema !== null) {
    for (const key of ((schema as Record<string, unknown>)[CARRIES] as string[] | undefined) ?? []) into.add(key);
    for (const [k, v] of Object.entries(schema)) {
      if (k === '$ref' && typeof v === 'string') into.add(v);
      else refsOf(v, into);
    }
  }
}

const cache = new Map<Release, ReleaseProtocol>();

/** The protocol of `release`, from the definitions under src/ (cached) or from other `sources`. */
export function protocolFor(release: Release, sources: ProtocolSources = DECLARED): ReleaseProtocol {
  const known = sources === DECLARED ? cache.get(release) : undefined;
  if (known !== undefined) return known;
  const declared = declaredDefs(sources.modules);
  const methods = methodsFor(release, sources.methods);
  const unions = messageUnions(methods);
  const unionDefs = [unions.ClientRequest, unions.ServerRequest, unions.ServerNotification, unions.ClientNotification];
  for (const u of unionDefs) declared.set(u.key, u);
  // The named types the release reaches, from its envelope, its message unions (params) and its methods' results.
  const reached = new Map<string, Def>();
  const queue = [...ENVELOPE, ...unionDefs, ...methods.flatMap((m) => (m.result === null ? [] : [m.result]))].map((d) => d.key);
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (reached.has(key)) continue;
    const raw = declared.get(key);
    if (raw === undefined) throw new Error(`${release}: ${key} is referred to but not defined`);
    if (!inRange(release, raw))
      throw new Error(
        `${release}: ${key} is reached but does not exist in this release (since ${raw.since ?? '-'}, removed ${raw.removed ?? '-'})`,
      );
    const d = projectDef(raw, release)!;
    reached.set(key, d);
    const refs = new Set<string>();
    refsOf(d.schema, refs);
    queue.push(...refs);
  }
  const defs = [...reached.values()];
  const topLevel = [...ENVELOPE.filter((d) => d !== JSONRPCErrorError), ...unionDefs, ...(reached.has(EventMsg.key) ? [EventMsg] : [])].map(
    (d) => reached.get(d.key)!,
  );
  const methodsProjected = methods.map((m) => ({
    ...m,
    params: m.params === null ? null : reached.get(m.params.key)!,
    result: m.result === null ? null : reached.get(m.result.key)!,
  }));
  const out = { release, defs, methods: methodsProjected, topLevel };
  if (sources === DECLARED) cache.set(release, out);
  return out;
}
