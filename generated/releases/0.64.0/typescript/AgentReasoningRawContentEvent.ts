// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A complete block of raw (unsummarized) reasoning text (`agent_reasoning_raw_content`). */
export type AgentReasoningRawContentEvent = {
  text: string;
};
