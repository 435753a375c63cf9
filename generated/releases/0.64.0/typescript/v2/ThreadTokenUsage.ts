// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { TokenUsageBreakdown } from "./TokenUsageBreakdown.js";

/** Token usage of a thread so far and of its most recent model call. */
export type ThreadTokenUsage = {
  /** Accumulated over the whole thread. */
  total: TokenUsageBreakdown;
  /** Used by the most recent model request. */
  last: TokenUsageBreakdown;
  /** Size of the model's context window in tokens, when known. */
  modelContextWindow?: number | null;
};
