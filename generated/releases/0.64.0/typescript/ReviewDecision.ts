// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The user's answer to a v1 command or patch approval request: approve once, approve for the rest of the session, deny, or deny and stop the turn. */
export type ReviewDecision = "approved" | "approved_for_session" | "denied" | "abort";
