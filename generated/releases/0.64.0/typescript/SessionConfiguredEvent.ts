// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AskForApproval } from "./AskForApproval.js";
import type { ConversationId } from "./ConversationId.js";
import type { EventMsg } from "./EventMsg.js";
import type { ReasoningEffort } from "./ReasoningEffort.js";
import type { SandboxPolicy } from "./SandboxPolicy.js";

/** First event of a session (`session_configured`): the effective model, policies and history state the conversation runs with. */
export type SessionConfiguredEvent = {
  /** Id of the conversation (named session_id on the wire). */
  session_id: ConversationId;
  /** Model slug in use. */
  model: string;
  /** Id of the model provider in use. */
  model_provider_id: string;
  approval_policy: AskForApproval;
  sandbox_policy: SandboxPolicy;
  /** Working directory of the session. */
  cwd: string;
  reasoning_effort?: ReasoningEffort | null;
  /** Identifier of the message history log file. */
  history_log_id: number;
  /** Number of entries currently in the message history log. */
  history_entry_count: number;
  /** Events replayed from a resumed rollout, oldest first. */
  initial_messages?: Array<EventMsg> | null;
  /** Path of the rollout file recording this session. */
  rollout_path: string;
};
