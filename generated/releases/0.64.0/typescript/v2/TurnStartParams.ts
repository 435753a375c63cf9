// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReasoningEffort } from "../ReasoningEffort.js";
import type { ReasoningSummary } from "../ReasoningSummary.js";
import type { AskForApproval } from "./AskForApproval.js";
import type { SandboxPolicy } from "./SandboxPolicy.js";
import type { UserInput } from "./UserInput.js";

/** Params of `turn/start`: sends user input to a thread. The optional overrides apply to this turn and the ones after it. */
export type TurnStartParams = {
  threadId: string;
  /** The user's input for this turn. */
  input: Array<UserInput>;
  /** Working directory for this and later turns. */
  cwd?: string | null;
  approvalPolicy?: AskForApproval | null;
  sandboxPolicy?: SandboxPolicy | null;
  /** Model to use for this and later turns. */
  model?: string | null;
  effort?: ReasoningEffort | null;
  summary?: ReasoningSummary | null;
};
