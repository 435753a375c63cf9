// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";
import type { FileChange } from "./FileChange.js";

/** Params of `applyPatchApproval`: the agent wants to apply these file changes. */
export type ApplyPatchApprovalParams = {
  conversationId: ConversationId;
  /** Id of the patch, matching the `apply_patch_approval_request` event. */
  callId: string;
  /** Proposed changes keyed by file path. */
  fileChanges: { [key: string]: FileChange };
  /** Why the agent wants to make the change; may be left out. */
  reason?: string | null;
  /** Directory the agent asks to be allowed to write under for the rest of the session; may be left out. */
  grantRoot?: string | null;
};
