// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { NetworkPolicyAmendment } from "../NetworkPolicyAmendment.js";

/** The user's answer to a command approval request. Bare strings: `accept` (run it), `acceptForSession` (run it, and run matching commands for the rest of the session without asking), `decline` (refuse; the turn goes on) and `cancel` (refuse and interrupt the turn). Single-key objects: `acceptWithExecpolicyAmendment` (run it and add the proposed command prefix to the exec policy, so matching commands run without asking from now on) and `applyNetworkPolicyAmendment` (keep the chosen allow or deny rule for the host). */
export type CommandExecutionApprovalDecision =
  | "accept"
  | "acceptForSession"
  | "decline"
  | "cancel"
  | {
      acceptWithExecpolicyAmendment: {
        /** Command prefix (argv) that later commands may match to run without asking; usually the `proposedExecpolicyAmendment` of the request. */
        execpolicy_amendment: Array<string>;
      };
    }
  | {
      applyNetworkPolicyAmendment: {
        /** The rule to keep, usually one of the request's `proposedNetworkPolicyAmendments`. */
        network_policy_amendment: NetworkPolicyAmendment;
      };
    };
