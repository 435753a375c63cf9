// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Lifecycle state of a collaboration tool call item. */
export type CollabAgentToolCallStatus = "inProgress" | "completed" | "failed" | "interrupted";
