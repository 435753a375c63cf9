// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CommandExecutionApprovalDecision } from "./CommandExecutionApprovalDecision.js";

/** The client's answer to `item/commandExecution/requestApproval`. */
export type CommandExecutionRequestApprovalResponse = {
  decision: CommandExecutionApprovalDecision;
};
