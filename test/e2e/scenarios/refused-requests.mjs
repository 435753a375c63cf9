import { handshake, runTurn, startThread } from './common.mjs';

/**
 * Requests the 0.171.0 server refuses though they are well-formed JSON-RPC: fields it keeps for
 * clients that opted in to `experimentalApi` (the harness does not), and an image input that
 * names neither a URL nor a file id. Each must come back as an error.
 */
/** @returns {[string, object][]} */
const REFUSED = (thread, r) => [
  ['thread/resume', { threadId: thread.id, path: thread.path }],
  [
    'thread/start',
    { approvalPolicy: { granular: { sandbox_approval: true, rules: true, mcp_elicitations: false } }, sandbox: r.sandbox.readOnly },
  ],
  ['turn/start', { threadId: thread.id, input: [{ type: 'image' }] }],
];

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'refused-requests',
  description:
    'thread/resume with an experimental path, thread/start with the granular approval policy, turn/start with an image that names no source: each refused with an error',
  applies: (r) => r.version !== '0.64.0',
  async run(h) {
    const conn = h.connect({ responses: [{ steps: [{ type: 'message', text: 'Stored.' }] }] });
    await handshake(conn);
    const { thread } = await startThread(conn, h.work);
    await runTurn(conn, { threadId: thread.id, text: 'Keep this thread.' });
    for (const [method, params] of REFUSED(thread, h.release)) {
      const refused = await conn.request(method, params).then(
        () => false,
        () => true,
      );
      if (!refused) throw new Error(`refused-requests: ${method} was accepted`);
    }
  },
};
