// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { NetworkPolicyAmendment } from "./NetworkPolicyAmendment.js";

/** The user's answer to a v1 command or patch approval request. Bare strings: `approved` (run it once), `approved_for_session` (also approve matching requests for the rest of the session), `approved_mcp_policy_amendment` (approve an MCP tool call and let matching calls through in later sessions too), `timed_out` (an automatic review reached no decision in time) and `abort` (refuse and stop the turn). Single-key objects: `approved_execpolicy_amendment` (approve and add the proposed command prefix to the exec policy), `network_policy_amendment` (keep a network rule for the host) and `denied` (refuse with a reason; the agent goes on with the turn). In this release `denied` is always the object with a reason; the bare string is gone. */
export type ReviewDecision =
  | "approved"
  | "approved_for_session"
  | "approved_mcp_policy_amendment"
  | "timed_out"
  | "abort"
  | {
      approved_execpolicy_amendment: {
        /** Command prefix (argv) that later commands may match to run without asking. */
        proposed_execpolicy_amendment: Array<string>;
      };
    }
  | {
      network_policy_amendment: {
        network_policy_amendment: NetworkPolicyAmendment;
      };
    }
  | {
      denied: {
        /** Why the request was refused, passed on to the agent. */
        rejection: string;
      };
    };
