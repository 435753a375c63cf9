import { handshake, runTurn, startThread } from './common.mjs';

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'thread-list',
  description:
    'a thread with one turn is listed (unfiltered, then with filters and sorting), archived, and listed among the archived threads',
  applies: (r) => r.version !== '0.64.0',
  async run(h) {
    const conn = h.connect({ responses: [{ steps: [{ type: 'message', text: 'Listed soon.' }] }] });
    await handshake(conn);
    const { thread } = await startThread(conn, h.work);
    await runTurn(conn, { threadId: thread.id, text: 'Remember this thread.' });
    await conn.request('thread/list', {});
    await conn.request('thread/list', {
      limit: 5,
      sortKey: 'updated_at',
      sortDirection: 'desc',
      cwd: h.work,
      sourceKinds: ['vscode', 'appServer'],
      searchTerm: 'Remember',
    });
    await conn.request('thread/archive', { threadId: thread.id });
    await conn.request('thread/list', { archived: true });
  },
};
