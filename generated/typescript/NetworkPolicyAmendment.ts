// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { NetworkPolicyRuleAction } from "./NetworkPolicyRuleAction.js";

/** A lasting network rule for one host, proposed by the server with a command approval and chosen by the user in the answer (v2 `applyNetworkPolicyAmendment`, v1 `network_policy_amendment`). */
export type NetworkPolicyAmendment = {
  action: NetworkPolicyRuleAction;
  /** Host the rule applies to. */
  host: string;
};
