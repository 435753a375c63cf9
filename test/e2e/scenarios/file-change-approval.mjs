import { handshake, runTurn, startThread } from './common.mjs';

export const ADD_PATCH = ['*** Begin Patch', '*** Add File: notes.txt', '+first line', '+second line', '*** End Patch'].join('\n');
export const UPDATE_PATCH = [
  '*** Begin Patch',
  '*** Update File: notes.txt',
  '@@',
  ' first line',
  '-second line',
  '+second line, edited',
  '*** End Patch',
].join('\n');

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'file-change-approval',
  description: 'under the untrusted policy, an apply_patch that adds a file is accepted and one that edits it is declined',
  applies: () => true,
  async run(h) {
    const r = h.release;
    const conn = h.connect({
      responses: [
        { steps: [r.applyPatch(ADD_PATCH, 'call_patch_add')] },
        { steps: [r.applyPatch(UPDATE_PATCH, 'call_patch_update')] },
        { steps: [{ type: 'message', text: 'Added notes.txt; the edit was declined.' }] },
      ],
    });
    await handshake(conn);
    const { thread } = await startThread(conn, h.work, { approvalPolicy: r.approval.untrusted, sandbox: r.sandbox.workspaceWrite });
    await runTurn(conn, {
      threadId: thread.id,
      text: 'Write notes.txt, then edit it.',
      answer: (req) => {
        if (req.method !== 'item/fileChange/requestApproval') throw new Error(`unexpected ${req.method}`);
        return { decision: req.params.itemId === 'call_patch_add' ? 'accept' : 'decline' };
      },
    });
  },
};
