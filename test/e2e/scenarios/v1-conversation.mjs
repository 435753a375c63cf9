import { handshake, runV1Turn, startConversation, v1TurnSettings } from './common.mjs';

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'v1-conversation',
  description:
    'v1 API: newConversation, addConversationListener, sendUserTurn and its codex/event/* stream (reasoning and message deltas) to task_complete',
  applies: (r) => r.v1,
  async run(h) {
    const r = h.release;
    const conn = h.connect({
      responses: [
        {
          steps: [
            { type: 'reasoning', summary: 'Planning a short answer.' },
            { type: 'message', text: 'Hello over the v1 API.', deltas: ['Hello', ' over the', ' v1 API.'] },
          ],
        },
      ],
    });
    await handshake(conn);
    const { conversationId } = await startConversation(conn, r, h.work, { approvalPolicy: r.v1Approval.never, sandbox: 'read-only' });
    await runV1Turn(conn, {
      conversationId,
      text: 'Say hello.',
      params: v1TurnSettings(r, h.work, r.v1Approval.never, { type: 'read-only' }),
    });
  },
};
