// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A streamed chunk of reasoning summary text (`agent_reasoning_delta`). */
export type AgentReasoningDeltaEvent = {
  /** Text to append. */
  delta: string;
};
