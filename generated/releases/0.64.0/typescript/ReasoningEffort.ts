// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How much reasoning the model should spend on a turn. */
export type ReasoningEffort = "none" | "minimal" | "low" | "medium" | "high" | "xhigh";
