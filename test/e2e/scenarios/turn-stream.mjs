import { handshake, runTurn, startThread } from './common.mjs';

/** What the scripted model streams in this scenario (the smoke test checks it came back). */
export const REASONING = 'Considering how to greet.';
export const DELTAS = ['Hello', ' from the', ' scripted', ' model.'];

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'turn-stream',
  description: 'one turn whose reasoning summary and agent message stream as deltas, then complete',
  applies: () => true,
  async run(h) {
    const conn = h.connect({
      responses: [
        {
          steps: [
            { type: 'reasoning', summary: REASONING },
            { type: 'message', text: DELTAS.join(''), deltas: DELTAS },
          ],
        },
      ],
    });
    await handshake(conn);
    const { thread } = await startThread(conn, h.work);
    await runTurn(conn, { threadId: thread.id, text: 'Say hello.' });
  },
};
