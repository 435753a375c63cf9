// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How detailed the reasoning summaries the model produces should be. */
export type ReasoningSummary = "auto" | "concise" | "detailed" | "none";
