// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `turn/diff/updated`: the combined diff of all file changes made in the turn so far. */
export type TurnDiffUpdatedNotification = {
  threadId: string;
  turnId: string;
  /** Unified diff of every change in the turn up to now. */
  diff: string;
};
