/**
 * The method registry: every method of the protocol, declared once. v1 and v2 methods are the
 * tables of `src/v1/methods.ts` and `src/v2/methods.ts`; the `codex/event/<type>` notifications
 * (release 0.64.0) are derived here from the `EventMsg` variants.
 */
import { methodTable, type MethodSpec } from './method.js';
import { inRange, type Release } from './releases.js';
import { def, object, ref, str } from './schema.js';
import { ConversationId } from './core/common.js';
import { EventMsg, eventTypes } from './v1/events/index.js';
import { v1Methods } from './v1/methods.js';
import { v2Methods } from './v2/methods.js';

export const CodexEventNotificationParams = def(
  'root',
  'CodexEventNotificationParams',
  'Params of a legacy `codex/event/<type>` notification: one core event of a conversation. The method suffix always equals `msg.type`.',
  object({
    id: str('Core submission id the event belongs to ("0", "1", ... per turn; "" for MCP start-up events).'),
    msg: ref(EventMsg),
    conversationId: ref(ConversationId),
  }),
);

/** Prefix of the legacy event notifications; the rest of the method name is the `EventMsg` type. */
export const CODEX_EVENT_PREFIX = 'codex/event/';

/** The event types that carry one streamed chunk (agent text, reasoning, command output) are the `*_delta` ones. */
const carriesChunk = (type: string) => type.endsWith('_delta');

// The legacy event stream exists in 0.64.0 only (0.171.0 sends v2 notifications alone).
const codexEventMethods: MethodSpec[] = methodTable('v1', {
  serverNotifications: Object.fromEntries(
    eventTypes.map((type) => [
      `${CODEX_EVENT_PREFIX}${type}`,
      {
        params: CodexEventNotificationParams,
        doc: `Legacy stream event \`${type}\`, sent alongside the v2 notifications (also for v2 threads).`,
        removed: '0.171.0' as const,
        ...(carriesChunk(type) ? { streaming: true as const } : {}),
      },
    ]),
  ),
}).map((m) => ({ ...m, eventType: m.method.slice(CODEX_EVENT_PREFIX.length) }));

/** Every method of every release. */
export const methods: readonly MethodSpec[] = Object.freeze([...v1Methods, ...v2Methods, ...codexEventMethods]);

for (const [i, spec] of methods.entries()) {
  const again = methods.findIndex((m, j) => j > i && m.method === spec.method && m.direction === spec.direction && m.kind === spec.kind);
  if (again >= 0 && (spec.removed === undefined || methods[again]!.since === undefined))
    throw new Error(`method ${spec.method} is registered twice for the same releases`);
}

/** The methods of one release, in registry order (of `all`: default the registry; a test passes a scratch copy). */
export function methodsFor(release: Release, all: readonly MethodSpec[] = methods): MethodSpec[] {
  return all.filter((m) => inRange(release, m));
}

/** Looks a method up by name in a release; undefined when that release has no such method. */
export function findMethod(method: string, release: Release): MethodSpec | undefined {
  return methods.find((m) => m.method === method && inRange(release, m));
}
