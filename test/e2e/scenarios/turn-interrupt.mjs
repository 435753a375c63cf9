import { handshake, startThread } from './common.mjs';

const DELTAS = ['Working', ' on it', ' slowly'];

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'turn-interrupt',
  description: 'the model streams part of a message and keeps its response open; turn/interrupt ends the turn as interrupted',
  applies: () => true,
  async run(h) {
    const conn = h.connect({
      responses: [
        {
          steps: [
            { type: 'reasoning', summary: 'This will take a while.' },
            { type: 'message', text: DELTAS.join(''), deltas: DELTAS, open: true },
            { type: 'hang' },
          ],
        },
      ],
    });
    await handshake(conn);
    const { thread } = await startThread(conn, h.work);
    const since = conn.mark();
    const { turn } = await conn.request('turn/start', { threadId: thread.id, input: [{ type: 'text', text: 'Take your time.' }] });
    // Interrupt once the last delta the model sends has arrived.
    await conn.notification('item/agentMessage/delta', (p) => p.turnId === turn.id && p.delta === DELTAS[DELTAS.length - 1], { since });
    await conn.request('turn/interrupt', { threadId: thread.id, turnId: turn.id });
    await conn.notification('turn/completed', (p) => p.turn.id === turn.id, { since });
  },
};
