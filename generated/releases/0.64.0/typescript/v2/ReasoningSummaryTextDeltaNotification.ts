// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `item/reasoning/summaryTextDelta`: more text for one part of a reasoning summary. */
export type ReasoningSummaryTextDeltaNotification = {
  threadId: string;
  turnId: string;
  itemId: string;
  /** Text to append to the summary part. */
  delta: string;
  /** Which summary part the text belongs to, counting from 0. */
  summaryIndex: number;
};
