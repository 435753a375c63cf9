// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Token counts for a span of model usage. */
export type TokenUsageBreakdown = {
  totalTokens: number;
  inputTokens: number;
  /** Input tokens served from the prompt cache (a subset of `inputTokens`). */
  cachedInputTokens: number;
  /** Input tokens written to the prompt cache. Defaults to 0. */
  cacheWriteInputTokens?: number;
  outputTokens: number;
  /** Output tokens spent on reasoning (a subset of `outputTokens`). */
  reasoningOutputTokens: number;
};
