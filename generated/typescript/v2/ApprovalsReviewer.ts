// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Who answers the approval requests of a thread: the user (the default), or a reviewing sub-agent that looks into each request and approves or refuses it for the user (`auto_review`; the server still takes the older name `guardian_subagent`). */
export type ApprovalsReviewer = "user" | "auto_review" | "guardian_subagent";
