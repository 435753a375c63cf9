// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { FileChange } from "./FileChange.js";

/** The server started applying a patch (`patch_apply_begin`). */
export type PatchApplyBeginEvent = {
  /** Id of the patch. */
  call_id: string;
  /** Turn (submission) id; defaults to the empty string. */
  turn_id?: string;
  /** Whether the patch was applied without asking the user. */
  auto_approved: boolean;
  /** Changes being applied, keyed by file path. */
  changes: { [key: string]: FileChange };
};
