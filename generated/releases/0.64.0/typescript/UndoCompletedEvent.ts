// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** An undo operation finished (`undo_completed`). */
export type UndoCompletedEvent = {
  /** Whether the changes were restored. */
  success: boolean;
  /** Optional status or error text to show. */
  message?: string | null;
};
