/**
 * Stage 3c: the method maps, derived from the registry. They make `params of 'thread/start'`
 * and `result of 'thread/start'` expressible as TypeScript types.
 */
import type { MethodSpec } from '../src/method.js';
import type { MapSpec } from './emit-ts.js';

export const MAPS_MODULE = 'methods';

function paramsEntry(m: MethodSpec): MapSpec['entries'][number] {
  if (m.params === null) return [m.method, null];
  if (m.paramsOptional === true) return [m.method, { def: m.params, optional: true }];
  return m.eventType === undefined ? [m.method, m.params] : [m.method, { def: m.params, narrowTo: m.eventType }];
}

function resultEntry(m: MethodSpec): MapSpec['entries'][number] {
  if (m.result === null) throw new Error(`request ${m.method} has no result type`);
  return [m.method, m.result];
}

/** The maps of a method registry. */
export function mapSpecsOf(methods: readonly MethodSpec[]): readonly MapSpec[] {
  const pick = (direction: MethodSpec['direction'], kind: MethodSpec['kind']) =>
    methods.filter((m) => m.direction === direction && m.kind === kind);
  const clientRequests = pick('clientToServer', 'request');
  const serverRequests = pick('serverToClient', 'request');
  const serverNotifications = pick('serverToClient', 'notification');
  const clientNotifications = pick('clientToServer', 'notification');
  return [
    {
      name: 'ClientRequestParamsMap',
      description: 'Params type of each client request, by method (`undefined`: the method takes no params).',
      entries: clientRequests.map(paramsEntry),
    },
    {
      name: 'ClientRequestResultMap',
      description: 'Result type of each client request, by method.',
      entries: clientRequests.map(resultEntry),
    },
    {
      name: 'ServerRequestParamsMap',
      description: 'Params type of each server request (approvals), by method.',
      entries: serverRequests.map(paramsEntry),
    },
    {
      name: 'ServerRequestResultMap',
      description: 'Result type the client answers each server request with, by method.',
      entries: serverRequests.map(resultEntry),
    },
    {
      name: 'ServerNotificationParamsMap',
      description: 'Params type of each server notification, by method.',
      entries: serverNotifications.map(paramsEntry),
    },
    {
      name: 'ClientNotificationParamsMap',
      description: 'Params type of each client notification, by method.',
      entries: clientNotifications.map(paramsEntry),
    },
  ];
}

/** The helper types after the maps, in final form (the TypeScript emitter formats nothing). */
export const mapHelpers = `/** Method name of a client request. */
export type ClientRequestMethod = keyof ClientRequestParamsMap;
/** Method name of a server request. */
export type ServerRequestMethod = keyof ServerRequestParamsMap;
/** Method name of a server notification. */
export type ServerNotificationMethod = keyof ServerNotificationParamsMap;
/** Method name of a client notification. */
export type ClientNotificationMethod = keyof ClientNotificationParamsMap;

/** Params of the client request \`M\`, e.g. \`ClientRequestParams<"thread/start">\`. */
export type ClientRequestParams<M extends ClientRequestMethod> = ClientRequestParamsMap[M];
/** Result of the client request \`M\`, e.g. \`ClientRequestResult<"thread/start">\`. */
export type ClientRequestResult<M extends ClientRequestMethod> = ClientRequestResultMap[M];
/** Params of the server request \`M\`. */
export type ServerRequestParams<M extends ServerRequestMethod> = ServerRequestParamsMap[M];
/** Result the client sends back for the server request \`M\`. */
export type ServerRequestResult<M extends ServerRequestMethod> = ServerRequestResultMap[M];
/** Params of the server notification \`M\`. */
export type ServerNotificationParams<M extends ServerNotificationMethod> =
  ServerNotificationParamsMap[M];
/** Params of the client notification \`M\`. */
export type ClientNotificationParams<M extends ClientNotificationMethod> =
  ClientNotificationParamsMap[M];
`;
