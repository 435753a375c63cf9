// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AskForApproval } from "./AskForApproval.js";
import type { ConversationId } from "./ConversationId.js";
import type { InputItem } from "./InputItem.js";
import type { ReasoningEffort } from "./ReasoningEffort.js";
import type { ReasoningSummary } from "./ReasoningSummary.js";
import type { SandboxPolicy } from "./SandboxPolicy.js";

/** Params of `sendUserTurn`: user input plus the full set of turn settings. */
export type SendUserTurnParams = {
  conversationId: ConversationId;
  items: Array<InputItem>;
  /** Working directory for the turn. */
  cwd: string;
  approvalPolicy: AskForApproval;
  sandboxPolicy: SandboxPolicy;
  /** Model slug for the turn. */
  model: string;
  effort?: ReasoningEffort | null;
  summary: ReasoningSummary;
};
