// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What another agent is doing, as last seen: starting up, running, interrupted, done, failed, shut down, or not found. */
export type CollabAgentStatus =
  "pendingInit" | "running" | "interrupted" | "completed" | "errored" | "shutdown" | "notFound";
