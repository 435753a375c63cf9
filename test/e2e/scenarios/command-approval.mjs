import { handshake, runTurn, startThread } from './common.mjs';

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'command-approval',
  description: 'under the untrusted policy, one command approval declined and one accepted (the command runs)',
  applies: () => true,
  async run(h) {
    const r = h.release;
    const conn = h.connect({
      responses: [
        { steps: [r.shell('touch declined.txt', 'call_declined')] },
        { steps: [r.shell("printf 'accepted\\n' > accepted.txt && cat accepted.txt", 'call_accepted')] },
        { steps: [{ type: 'message', text: 'One command was declined, the other ran.' }] },
      ],
    });
    await handshake(conn);
    const { thread } = await startThread(conn, h.work, { approvalPolicy: r.approval.untrusted, sandbox: r.sandbox.workspaceWrite });
    await runTurn(conn, {
      threadId: thread.id,
      text: 'Create two files.',
      answer: (req) => {
        if (req.method !== 'item/commandExecution/requestApproval') throw new Error(`unexpected ${req.method}`);
        return { decision: req.params.itemId === 'call_declined' ? 'decline' : 'accept' };
      },
    });
  },
};
