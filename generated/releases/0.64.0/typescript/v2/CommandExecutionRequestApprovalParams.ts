// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { SandboxCommandAssessment } from "./SandboxCommandAssessment.js";

/** Params of `item/commandExecution/requestApproval`. The command itself is on the `commandExecution` item, announced by `item/started` before this request. */
export type CommandExecutionRequestApprovalParams = {
  threadId: string;
  turnId: string;
  /** Id of the `commandExecution` item waiting for approval. */
  itemId: string;
  /** Why the agent wants to run the command, e.g. to write outside the sandbox. */
  reason?: string | null;
  /** Risk assessment, when the experimental assessment feature is on. */
  risk?: SandboxCommandAssessment | null;
};
