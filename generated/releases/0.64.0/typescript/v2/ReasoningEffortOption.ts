// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReasoningEffort } from "../ReasoningEffort.js";

/** A reasoning effort a model supports, with a short explanation for display. */
export type ReasoningEffortOption = {
  reasoningEffort: ReasoningEffort;
  description: string;
};
