/**
 * `codex-app-server-protocol/schemas`: the TypeBox definitions themselves (needs the optional
 * peer dependency `typebox`), the method registry, and the protocol of each release derived
 * from them (`protocolFor('0.171.0')`: its methods and its named types, as plain JSON Schema).
 */
export * from './schema.js';
export * from './method.js';
export { methods, methodsFor, findMethod, CODEX_EVENT_PREFIX, CodexEventNotificationParams } from './registry.js';
export { messageUnions, type MessageUnions } from './messages.js';
export { definitionModules } from './definitions.js';
export { protocolFor, declaredDefs, type ReleaseProtocol } from './protocol.js';
export { projectDef, projectSchema } from './project.js';
export { RELEASES, NEWEST, OLDEST, isRelease, inRange, type Release, type ReleaseRange } from './releases.js';
