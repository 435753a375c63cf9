// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Where a piece of agent text stands in the turn: `commentary` (narration while the agent works; more output may follow), `partial_answer` (settled answer text that may be followed by more), or `final_answer` (the answer that ends the turn). Models do not all report it, so a missing phase means it is unknown. */
export type MessagePhase = "commentary" | "partial_answer" | "final_answer";
