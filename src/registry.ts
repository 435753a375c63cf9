/**
 * The method registry: every method of the protocol, declared once. v1 and v2 methods are
 * listed in `src/v1/methods.ts` and `src/v2/methods.ts`; the 50 `codex/event/<type>`
 * notifications are derived here from the `EventMsg` variants.
 */
import { serverNotification, type MethodSpec } from './method.js';
import { def, object, ref, str } from './schema.js';
import { ConversationId } from './v1/common.js';
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

const codexEventMethods: MethodSpec[] = eventTypes.map((type) => ({
  ...serverNotification('v1', `${CODEX_EVENT_PREFIX}${type}`, CodexEventNotificationParams, `Legacy stream event \`${type}\`, sent alongside the v2 notifications (also for v2 threads).`, carriesChunk(type) ? { streaming: true } : {}),
  eventType: type,
}));

export const methods: readonly MethodSpec[] = Object.freeze([...v1Methods, ...v2Methods, ...codexEventMethods]);

const byName = new Map<string, MethodSpec>();
for (const spec of methods) {
  if (byName.has(spec.method)) throw new Error(`method ${spec.method} is registered twice`);
  byName.set(spec.method, spec);
}

/** Looks a method up by name; undefined when the protocol has no such method. */
export function findMethod(method: string): MethodSpec | undefined {
  return byName.get(method);
}

export const clientRequests = methods.filter((m) => m.direction === 'clientToServer' && m.kind === 'request');
export const serverRequests = methods.filter((m) => m.direction === 'serverToClient' && m.kind === 'request');
export const serverNotifications = methods.filter((m) => m.direction === 'serverToClient' && m.kind === 'notification');
export const clientNotifications = methods.filter((m) => m.direction === 'clientToServer' && m.kind === 'notification');
