// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { FileChange } from "./FileChange.js";

/** The agent asks for permission to apply file changes (`apply_patch_approval_request`). */
export type ApplyPatchApprovalRequestEvent = {
  /** Id of the patch awaiting approval. */
  call_id: string;
  /** Turn (submission) id; defaults to the empty string. */
  turn_id?: string;
  /** Proposed changes keyed by file path. */
  changes: { [key: string]: FileChange };
  /** Why the agent wants to make the change; left out when absent. */
  reason?: string | null;
  /** Directory the agent asks to be allowed to write under for the rest of the session; left out when absent. */
  grant_root?: string | null;
};
