import { handshake, runV1Turn, startConversation, V1_WORKSPACE_WRITE, v1TurnSettings } from './common.mjs';

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'v1-exec-approval',
  description: 'v1 API under the untrusted policy: execCommandApproval denied for one command and approved for another',
  applies: (r) => r.v1,
  async run(h) {
    const r = h.release;
    const conn = h.connect({
      responses: [
        { steps: [r.shell('touch denied.txt', 'call_denied')] },
        { steps: [r.shell("printf 'approved\\n' > approved.txt && cat approved.txt", 'call_approved')] },
        { steps: [{ type: 'message', text: 'One command was denied, the other ran.' }] },
      ],
    });
    await handshake(conn);
    const { conversationId } = await startConversation(conn, r, h.work, {
      approvalPolicy: r.v1Approval.untrusted,
      sandbox: 'workspace-write',
    });
    await runV1Turn(conn, {
      conversationId,
      text: 'Create two files.',
      params: v1TurnSettings(r, h.work, r.v1Approval.untrusted, V1_WORKSPACE_WRITE),
      answer: (req) => {
        if (req.method !== 'execCommandApproval') throw new Error(`unexpected ${req.method}`);
        return { decision: req.params.callId === 'call_denied' ? 'denied' : 'approved' };
      },
    });
  },
};
