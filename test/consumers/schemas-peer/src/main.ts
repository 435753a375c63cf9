// The TypeBox definitions (`codex-app-server-protocol/schemas`, ES modules only): the newest
// release's protocol compiled with typebox's own compiler, checking one message and a broken copy.
import { Compile } from 'typebox/compile';
import { messageUnions, NEWEST, protocolFor, type TSchema } from 'codex-app-server-protocol/schemas';

const protocol = protocolFor(NEWEST);
const unions = messageUnions(protocol.methods);
const context: Record<string, TSchema> = {};
for (const d of [...protocol.defs, ...Object.values(unions)]) context[d.key] = d.schema;
const notifications = Compile(context, { $ref: unions.ServerNotification.key });
const delta = { method: 'item/agentMessage/delta', params: { threadId: 't', turnId: '0', itemId: 'i', delta: 'hi' } };
console.log(
  JSON.stringify({
    definitions: protocol.defs.length > 100,
    valid: notifications.Check(delta),
    broken: notifications.Check({ ...delta, params: { ...delta.params, delta: 5 } }),
  }),
);
