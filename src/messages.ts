/**
 * The four message unions of a release, derived from its methods: one branch per method,
 * discriminated by `method`.
 */
import type { Def } from './def.js';
import { RequestId } from './jsonrpc.js';
import type { MethodSpec } from './method.js';
import { def, int64, literal, maybe, object, optional, ref, since, Type, type TSchema } from './schema.js';

const jsonrpcMarker = () => optional(literal('2.0', 'Optional JSON-RPC version marker; the app-server never sends it.'));

/** `params` of one branch: the params type, narrowed to one event type for `codex/event/*`. */
function paramsSchema(spec: MethodSpec): TSchema {
  if (spec.params === null) {
    return optional(Type.Null({ description: 'This method takes no params: leave the key out (null is tolerated).' }) as TSchema);
  }
  if (spec.paramsOptional === true) return maybe(ref(spec.params, 'May be left out (or null): the server then uses its defaults.'));
  if (spec.eventType === undefined) return ref(spec.params);
  const narrow = {
    type: 'object',
    required: ['msg'],
    properties: { msg: { type: 'object', required: ['type'], properties: { type: { type: 'string', const: spec.eventType } } } },
  };
  return { allOf: [ref(spec.params), narrow] } as unknown as TSchema;
}

function branch(spec: MethodSpec, withId: boolean): TSchema {
  const fields: Record<string, TSchema> = { jsonrpc: jsonrpcMarker() };
  if (withId) fields.id = ref(RequestId);
  fields.method = literal(spec.method);
  fields.params = paramsSchema(spec);
  // Since 0.171.0 the server stamps every notification it sends (upstream's TypeScript export says so; its JSON does not).
  if (!withId && spec.direction === 'serverToClient')
    fields.emittedAtMs = since(
      '0.171.0',
      optional(int64('When the server emitted the notification, in milliseconds since the Unix epoch.')),
    );
  return object(fields, spec.description);
}

function union(specs: readonly MethodSpec[], withId: boolean): TSchema {
  return { type: 'object', oneOf: specs.map((s) => branch(s, withId)), discriminator: { propertyName: 'method' } } as unknown as TSchema;
}

export interface MessageUnions {
  readonly ClientRequest: Def;
  readonly ServerRequest: Def;
  readonly ServerNotification: Def;
  readonly ClientNotification: Def;
}

/** The message unions of a set of methods (one release's). */
export function messageUnions(methods: readonly MethodSpec[]): MessageUnions {
  const pick = (direction: MethodSpec['direction'], kind: MethodSpec['kind']) =>
    methods.filter((m) => m.direction === direction && m.kind === kind);
  const clientNotifications = pick('clientToServer', 'notification');
  return {
    ClientRequest: def(
      'root',
      'ClientRequest',
      'Any request a client sends to the app-server.',
      union(pick('clientToServer', 'request'), true),
    ),
    ServerRequest: def(
      'root',
      'ServerRequest',
      'Any request the app-server sends to the client (approvals).',
      union(pick('serverToClient', 'request'), true),
    ),
    ServerNotification: def(
      'root',
      'ServerNotification',
      'Any notification the app-server sends to the client.',
      union(pick('serverToClient', 'notification'), false),
    ),
    // A oneOf needs two branches: with a single client notification the union is that branch alone.
    ClientNotification: def(
      'root',
      'ClientNotification',
      'Any notification a client sends to the app-server.',
      clientNotifications.length === 1 ? branch(clientNotifications[0]!, false) : union(clientNotifications, false),
    ),
  };
}
