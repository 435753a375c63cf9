// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ApprovalDecision } from "./ApprovalDecision.js";
import type { CommandExecutionRequestAcceptSettings } from "./CommandExecutionRequestAcceptSettings.js";

/** The client's answer to `item/commandExecution/requestApproval`. */
export type CommandExecutionRequestApprovalResponse = {
  decision: ApprovalDecision;
  acceptSettings?: CommandExecutionRequestAcceptSettings | null;
};
