// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { FileChangeApprovalDecision } from "./FileChangeApprovalDecision.js";

/** The client's answer to `item/fileChange/requestApproval`. */
export type FileChangeRequestApprovalResponse = {
  decision: FileChangeApprovalDecision;
};
