// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What `account/login/cancel` did: cancelled the attempt, or found no pending attempt with that id. */
export type CancelLoginAccountStatus = "canceled" | "notFound";
