// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Why a turn stopped early: the user interrupted it, a new turn replaced it, or a review it was running ended. */
export type TurnAbortReason = "interrupted" | "replaced" | "review_ended";
