// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Token counts for a span of model usage. */
export type TokenUsage = {
  /** Tokens sent to the model, including cached ones. */
  input_tokens: number;
  /** Input tokens served from the provider's prompt cache. */
  cached_input_tokens: number;
  /** Tokens produced by the model, including reasoning. */
  output_tokens: number;
  /** Output tokens spent on reasoning. */
  reasoning_output_tokens: number;
  /** Sum of input and output tokens. */
  total_tokens: number;
};
