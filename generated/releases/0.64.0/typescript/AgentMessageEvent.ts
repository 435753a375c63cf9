// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A complete agent message (`agent_message`). */
export type AgentMessageEvent = {
  /** Full message text. */
  message: string;
};
