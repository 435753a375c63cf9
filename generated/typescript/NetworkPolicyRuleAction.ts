// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Whether a network policy rule lets requests to its host through or blocks them. */
export type NetworkPolicyRuleAction = "allow" | "deny";
