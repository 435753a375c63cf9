// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `item/fileChange/outputDelta`: more output from applying a file change. Still part of the protocol, but the 0.171.0 server no longer sends it. */
export type FileChangeOutputDeltaNotification = {
  threadId: string;
  turnId: string;
  itemId: string;
  /** Output text to append. */
  delta: string;
};
