// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A streamed chunk of the agent message being produced (`agent_message_delta`). */
export type AgentMessageDeltaEvent = {
  /** Text to append. */
  delta: string;
};
