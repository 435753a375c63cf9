// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `item/reasoning/textDelta`: more raw reasoning text. */
export type ReasoningTextDeltaNotification = {
  threadId: string;
  turnId: string;
  itemId: string;
  /** Text to append to the reasoning content part. */
  delta: string;
  /** Which reasoning content part the text belongs to, counting from 0. */
  contentIndex: number;
};
