// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ApprovalDecision } from "./ApprovalDecision.js";

/** The client's answer to `item/fileChange/requestApproval`. */
export type FileChangeRequestApprovalResponse = {
  decision: ApprovalDecision;
};
