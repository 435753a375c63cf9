/**
 * `codex-app-server-protocol/schemas`: the TypeBox definitions themselves (needs the optional
 * peer dependency `typebox`), the method registry and the message unions.
 */
export * from './schema.js';
export * from './method.js';
export { methods, findMethod, clientRequests, serverRequests, serverNotifications, clientNotifications, CODEX_EVENT_PREFIX, CodexEventNotificationParams } from './registry.js';
export { ClientRequest, ServerRequest, ServerNotification, ClientNotification } from './messages.js';
export { definitionModules } from './definitions.js';
