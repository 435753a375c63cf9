// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReviewDecision } from "./ReviewDecision.js";

/** The client's answer to `execCommandApproval`. */
export type ExecCommandApprovalResponse = {
  decision: ReviewDecision;
};
