// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { ReasoningEffort } from "../ReasoningEffort.js";
import type { ReasoningSummary } from "../ReasoningSummary.js";
import type { ApprovalsReviewer } from "./ApprovalsReviewer.js";
import type { AskForApproval } from "./AskForApproval.js";
import type { Personality } from "./Personality.js";
import type { SandboxPolicy } from "./SandboxPolicy.js";
import type { TurnToolOutput } from "./TurnToolOutput.js";
import type { UserInput } from "./UserInput.js";

/** Params of `turn/start`: sends user input to a thread. The optional overrides apply to this turn and the ones after it. */
export type TurnStartParams = {
  threadId: string;
  /** Id the client chose for the user message of this request. */
  clientUserMessageId?: string | null;
  /** The user's input for this turn. */
  input: Array<UserInput>;
  /** Working directory for this and later turns. */
  cwd?: string | null;
  approvalPolicy?: AskForApproval | null;
  /** Who answers approval requests in this and later turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  sandboxPolicy?: SandboxPolicy | null;
  /** Model to use for this and later turns. */
  model?: string | null;
  /** Service tier for this and later turns. */
  serviceTier?: string | null;
  /** Service tier for this turn only, when the request starts a new turn (`default` for the standard tier); the thread's tier when null or left out. */
  serviceTierForTurn?: string | null;
  effort?: ReasoningEffort | null;
  summary?: ReasoningSummary | null;
  /** Deprecated: saved, but no longer changes how the agent writes. */
  personality?: Personality | null;
  /** JSON Schema the agent's final message in this turn must follow. */
  outputSchema?: JsonValue | null;
  /** Replaces the thread's list of disabled plugins; null or left out keeps it, `[]` clears it. */
  disabledPluginIds?: Array<string> | null;
  /** Output of a tool call the client ran, given to the model with this input. */
  toolOutput?: TurnToolOutput | null;
  /** The turn that caused this one, when the work is done on behalf of another turn (in another thread, for example). Ignored when the input goes to a running turn. */
  parentTurnId?: string | null;
  /** The first turn of the chain of work that led here (the parent turn's `rootTurnId`); without it the new turn is its own root. Ignored when the input goes to a running turn. */
  rootTurnId?: string | null;
  /** What made the caller start the turn, for classification. Ignored when the input goes to a running turn. */
  turnTrigger?: string | null;
};
