// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** An undo of the last turn's changes has begun (`undo_started`). */
export type UndoStartedEvent = {
  /** Optional status text to show. */
  message?: string | null;
};
