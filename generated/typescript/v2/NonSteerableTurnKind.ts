// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A kind of running turn that takes no further input until it ends: a review or a manual compaction. */
export type NonSteerableTurnKind = "review" | "compact";
