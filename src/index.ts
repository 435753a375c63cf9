/**
 * Package entry point: the TypeBox definitions, the method registry and the message unions.
 * Wire types for TypeScript consumers are in `generated/typescript` (the `./types` export).
 */
export * from './schema.js';
export * from './method.js';
export { methods, findMethod, clientRequests, serverRequests, serverNotifications, clientNotifications, CODEX_EVENT_PREFIX, CodexEventNotificationParams } from './registry.js';
export { ClientRequest, ServerRequest, ServerNotification, ClientNotification } from './messages.js';
export { definitionModules } from './definitions.js';
