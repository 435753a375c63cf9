// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What happened to a sub-agent: it started, the parent agent interacted with it, it was interrupted, or it completed. */
export type SubAgentActivityKind = "started" | "interacted" | "interrupted" | "completed";
