// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { FileChange } from "./FileChange.js";

/** Applying a patch finished (`patch_apply_end`). */
export type PatchApplyEndEvent = {
  /** Id of the patch. */
  call_id: string;
  /** Turn (submission) id; defaults to the empty string. */
  turn_id?: string;
  /** Output of the patch tool. */
  stdout: string;
  /** Error output of the patch tool. */
  stderr: string;
  /** Whether the patch applied cleanly. */
  success: boolean;
  /** Changes that were applied, keyed by file path; defaults to `{}`. */
  changes?: { [key: string]: FileChange };
};
