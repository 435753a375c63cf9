/**
 * Package entry point: the wire types of the protocol (no runtime code), e.g.
 * `import type { ClientRequest, ServerNotification, v2 } from 'codex-app-server-protocol'`.
 * The runtime is `codex-app-server-protocol/runtime`; the TypeBox definitions are `/schemas`.
 */
export type * from '../generated/typescript/index.js';
