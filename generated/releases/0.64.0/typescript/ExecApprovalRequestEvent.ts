// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ParsedCommand } from "./ParsedCommand.js";
import type { SandboxCommandAssessment } from "./SandboxCommandAssessment.js";

/** The agent asks for permission to run a command (`exec_approval_request`). */
export type ExecApprovalRequestEvent = {
  /** Id of the command awaiting approval. */
  call_id: string;
  /** Turn (submission) id; defaults to the empty string. */
  turn_id?: string;
  /** The command as an argv list. */
  command: Array<string>;
  /** Working directory the command would run in. */
  cwd: string;
  /** Best-effort interpretation of what the command does. */
  parsed_cmd: Array<ParsedCommand>;
  /** Why the agent wants to run it; left out when absent. */
  reason?: string | null;
  /** Automated risk assessment of the command; left out when absent. */
  risk?: SandboxCommandAssessment | null;
};
