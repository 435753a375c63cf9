// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { NetworkPolicyAmendment } from "../NetworkPolicyAmendment.js";
import type { CommandAction } from "./CommandAction.js";
import type { CommandExecutionApprovalDecision } from "./CommandExecutionApprovalDecision.js";
import type { CommandExecutionApprovalKind } from "./CommandExecutionApprovalKind.js";
import type { LegacyAppPathString } from "./LegacyAppPathString.js";
import type { NetworkApprovalContext } from "./NetworkApprovalContext.js";

/** Params of `item/commandExecution/requestApproval`. The command itself is on the `commandExecution` item, announced by `item/started` before this request. */
export type CommandExecutionRequestApprovalParams = {
  /** What is to be approved; `command` when left out. */
  kind?: CommandExecutionApprovalKind;
  threadId: string;
  turnId: string;
  /** Id of the `commandExecution` item waiting for approval. */
  itemId: string;
  /** When the request was raised, in milliseconds since the Unix epoch. */
  startedAtMs: number;
  /** Id of this one approval callback when several belong to the same item (subcommands run through the zsh exec bridge, input for a terminal); absent for an ordinary command. */
  approvalId?: string | null;
  /** Environment the command runs in, e.g. `local`. */
  environmentId?: string | null;
  /** Why the agent wants to run the command, e.g. to write outside the sandbox. */
  reason?: string | null;
  /** The network request to approve, when the managed network proxy asks. */
  networkApprovalContext?: NetworkApprovalContext | null;
  /** The command line to run. */
  command?: string | null;
  /** Working directory of the command. */
  cwd?: LegacyAppPathString | null;
  /** What the command was recognised as doing, for display. */
  commandActions?: Array<CommandAction> | null;
  /** Command prefix (argv) the server suggests allowing from now on; the client may answer `acceptWithExecpolicyAmendment` with it. */
  proposedExecpolicyAmendment?: Array<string> | null;
  /** Host rules (allow or deny) the server suggests keeping for later requests. */
  proposedNetworkPolicyAmendments?: Array<NetworkPolicyAmendment> | null;
  /** Experimental upstream, and left out of its export, but sent to every client: the answers the client may offer, in order. The server may leave `decline` out of the list and still accept it. */
  availableDecisions?: Array<CommandExecutionApprovalDecision> | null;
};
