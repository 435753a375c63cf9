import { handshake, runTurn, startThread } from './common.mjs';

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'command-escalation',
  description:
    'under the on-request policy, the model asks to run a command outside the sandbox with a justification; the approval is accepted',
  applies: () => true,
  async run(h) {
    const r = h.release;
    const conn = h.connect({
      responses: [
        { steps: [r.escalatedShell('touch outside.txt', 'call_escalated', 'Needs to write outside the sandbox.')] },
        { steps: [{ type: 'message', text: 'Ran it outside the sandbox.' }] },
      ],
    });
    await handshake(conn);
    const { thread } = await startThread(conn, h.work, { approvalPolicy: r.approval.onRequest, sandbox: r.sandbox.readOnly });
    await runTurn(conn, {
      threadId: thread.id,
      text: 'Create a file.',
      answer: (req) => {
        if (req.method !== 'item/commandExecution/requestApproval') throw new Error(`unexpected ${req.method}`);
        return { decision: 'accept' };
      },
    });
  },
};
