/** EventMsg payloads for file patches: approval request, begin and end (catalog-v1 §1f). */
import { bool, def, map, maybe, object, optional, ref, str } from '../../schema.js';
import { FileChange } from '../core.js';

export const ApplyPatchApprovalRequestEvent = def(
  'root',
  'ApplyPatchApprovalRequestEvent',
  'The agent asks for permission to apply file changes (`apply_patch_approval_request`).',
  object({
    call_id: str('Id of the patch awaiting approval.'),
    turn_id: optional(str('Turn (submission) id; defaults to the empty string.')),
    changes: map(ref(FileChange), 'Proposed changes keyed by file path.'),
    reason: maybe(str('Why the agent wants to make the change; left out when absent.')),
    grant_root: maybe(str('Directory the agent asks to be allowed to write under for the rest of the session; left out when absent.')),
  }),
);

export const PatchApplyBeginEvent = def(
  'root',
  'PatchApplyBeginEvent',
  'The server started applying a patch (`patch_apply_begin`).',
  object({
    call_id: str('Id of the patch.'),
    turn_id: optional(str('Turn (submission) id; defaults to the empty string.')),
    auto_approved: bool('Whether the patch was applied without asking the user.'),
    changes: map(ref(FileChange), 'Changes being applied, keyed by file path.'),
  }),
);

export const PatchApplyEndEvent = def(
  'root',
  'PatchApplyEndEvent',
  'Applying a patch finished (`patch_apply_end`).',
  object({
    call_id: str('Id of the patch.'),
    turn_id: optional(str('Turn (submission) id; defaults to the empty string.')),
    stdout: str('Output of the patch tool.'),
    stderr: str('Error output of the patch tool.'),
    success: bool('Whether the patch applied cleanly.'),
    changes: optional(map(ref(FileChange), 'Changes that were applied, keyed by file path; defaults to `{}`.')),
  }),
);
