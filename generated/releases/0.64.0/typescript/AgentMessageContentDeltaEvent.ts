// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A streamed chunk of an agent message item's text (`agent_message_content_delta`). */
export type AgentMessageContentDeltaEvent = {
  /** Conversation the item belongs to. */
  thread_id: string;
  /** Turn (submission) id the item belongs to. */
  turn_id: string;
  /** Id of the agent message item. */
  item_id: string;
  /** Text to append. */
  delta: string;
};
