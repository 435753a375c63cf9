// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The aggregated diff of all file changes made so far in the turn (`turn_diff`). */
export type TurnDiffEvent = {
  /** Unified diff text. */
  unified_diff: string;
};
