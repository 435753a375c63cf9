// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A streamed chunk of raw reasoning text (`agent_reasoning_raw_content_delta`). */
export type AgentReasoningRawContentDeltaEvent = {
  /** Text to append. */
  delta: string;
};
