// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `item/agentMessage/delta`: more text streamed for an agent message. */
export type AgentMessageDeltaNotification = {
  threadId: string;
  turnId: string;
  itemId: string;
  /** Text to append to the message. */
  delta: string;
};
