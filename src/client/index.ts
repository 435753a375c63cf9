/**
 * `codex-app-server-protocol/client`: typed client connections to a `codex app-server`.
 *
 *   const conn = spawnAppServer();                      // or connect(readable, writable)
 *   await conn.initialize({ clientInfo: { name: 'my-client', version: '1.0.0' } });
 *   conn.onNotification('item/agentMessage/delta', (p) => process.stdout.write(p.delta));
 *   conn.onRequest('item/commandExecution/requestApproval', () => ({ decision: 'decline' }));
 *   const { thread } = await conn.request('thread/start', {});
 *
 * See docs/connections.md.
 */
export { ClientConnection, connect, DEFAULT_TIMEOUT_MS, type ClientMaps, type ClientOptions } from './connection.js';
export { spawnAppServer, type SpawnOptions } from './spawn.js';
export * from '../connection/exports.js';
