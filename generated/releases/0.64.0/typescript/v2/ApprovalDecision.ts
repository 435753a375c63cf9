// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The user's answer to an approval request: let it run, refuse it and continue the turn, or refuse it and stop the turn. */
export type ApprovalDecision = "accept" | "decline" | "cancel";
