// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";
import type { ParsedCommand } from "./ParsedCommand.js";

/** Params of `execCommandApproval`: the agent wants to run this command. */
export type ExecCommandApprovalParams = {
  conversationId: ConversationId;
  /** Id of the command, matching the `exec_approval_request` event. */
  callId: string;
  /** Id of this one approval callback, when several can belong to one command. */
  approvalId?: string | null;
  /** The command as an argv list. */
  command: Array<string>;
  /** Working directory the command would run in. */
  cwd: string;
  /** Why the agent wants to run it; may be left out. */
  reason?: string | null;
  /** Best-effort interpretation of what the command does. */
  parsedCmd: Array<ParsedCommand>;
};
