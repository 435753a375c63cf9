// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReasoningEffort } from "./ReasoningEffort.js";

/** Params of `setDefaultModel`: persist the default model and effort in the user's config; null clears a setting. */
export type SetDefaultModelParams = {
  /** Model slug to make the default. */
  model?: string | null;
  reasoningEffort?: ReasoningEffort | null;
};
