import { handshake, runV1Turn, startConversation, V1_WORKSPACE_WRITE, v1TurnSettings } from './common.mjs';
import { ADD_PATCH, UPDATE_PATCH } from './file-change-approval.mjs';

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'v1-patch-approval',
  description:
    'v1 API under the untrusted policy: applyPatchApproval approved for a patch that adds a file and denied for one that edits it',
  applies: (r) => r.v1,
  async run(h) {
    const r = h.release;
    const conn = h.connect({
      responses: [
        { steps: [r.applyPatch(ADD_PATCH, 'call_patch_add')] },
        { steps: [r.applyPatch(UPDATE_PATCH, 'call_patch_update')] },
        { steps: [{ type: 'message', text: 'Added notes.txt; the edit was denied.' }] },
      ],
    });
    await handshake(conn);
    const { conversationId } = await startConversation(conn, r, h.work, {
      approvalPolicy: r.v1Approval.untrusted,
      sandbox: 'workspace-write',
    });
    await runV1Turn(conn, {
      conversationId,
      text: 'Write notes.txt, then edit it.',
      params: v1TurnSettings(r, h.work, r.v1Approval.untrusted, V1_WORKSPACE_WRITE),
      answer: (req) => {
        if (req.method !== 'applyPatchApproval') throw new Error(`unexpected ${req.method}`);
        return { decision: req.params.callId === 'call_patch_add' ? 'approved' : 'denied' };
      },
    });
  },
};
