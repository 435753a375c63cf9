// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { TokenUsage } from "./TokenUsage.js";

/** Token usage of a conversation so far and of the latest model request, with the model's context window. */
export type TokenUsageInfo = {
  total_token_usage: TokenUsage;
  last_token_usage: TokenUsage;
  /** Size of the model's context window in tokens, when known. */
  model_context_window?: number | null;
};
