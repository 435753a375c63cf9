/**
 * `codex-app-server-protocol/server`: typed server connections, for packages that implement the
 * app-server protocol.
 *
 *   const conn = serveStdio();
 *   conn.onRequest('initialize', () => ({ userAgent: 'my-server/1.0' }));
 *   conn.onRequest('thread/start', async (params) => ({ thread: ... }));
 *   await conn.notify('thread/started', { thread });
 *
 * See docs/connections.md.
 */
export { serve, ServerConnection, serveStdio, type ServerMaps, type ServerOptions } from './connection.js';
export * from '../connection/exports.js';
