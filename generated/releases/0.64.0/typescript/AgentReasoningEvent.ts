// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A complete reasoning summary block (`agent_reasoning`). */
export type AgentReasoningEvent = {
  text: string;
};
