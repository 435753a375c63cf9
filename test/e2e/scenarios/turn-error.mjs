import { handshake, runTurn, startThread } from './common.mjs';

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'turn-error',
  description: 'the model provider answers a turn with HTTP 400: an error notification, and the turn completes as failed with its error',
  applies: () => true,
  async run(h) {
    const conn = h.connect({ responses: [{ status: 400, note: 'The scripted provider refuses this request.', steps: [] }] });
    await handshake(conn);
    const { thread } = await startThread(conn, h.work);
    const since = conn.mark();
    const completed = await runTurn(conn, { threadId: thread.id, text: 'This will fail.' });
    if (completed.turn.status !== 'failed') throw new Error(`turn-error: the turn ended ${completed.turn.status}, not failed`);
    await conn.notification('error', () => true, { since });
  },
};
